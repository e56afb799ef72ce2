package org.labelbench.ml.djl.internal;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.engine.PtEngineProvider;
import ai.djl.pytorch.jni.JniUtils;
import org.labelbench.model.ComputeDevice;

/** The PyTorch engine; DJL calls that must run inside {@link DjlRuntime#call}. */
final class Djl {

	private static Engine engine;

	private Djl() {
	}

	/** @return the engine; the first call loads libtorch (extracting it into the cache the first time ever) */
	static synchronized Engine engine() {
		if (engine == null) {
			// Engine's static initializer already looked for engines on the context loader; registering explicitly
			// also covers code that touched ai.djl.engine.Engine first under another loader
			Engine.registerEngine(new PtEngineProvider());
			engine = Engine.getEngine(DjlRuntime.ENGINE);
		}
		return engine;
	}

	/** Bounds the threads libtorch computes with, for this call and the ones after it. */
	static void threads(int threads) {
		engine();
		JniUtils.setNumThreads(Math.max(1, threads));
	}

	/** @return the device for a setting: a GPU when asked for (or AUTO) and there is one, else the CPU */
	static Device device(ComputeDevice wanted) {
		boolean gpu = wanted != ComputeDevice.CPU && engine().getGpuCount() > 0;
		return gpu ? Device.gpu() : Device.cpu();
	}

	static String description() {
		Engine e = engine();
		return e.getEngineName() + " " + e.getVersion() + " (DJL " + Engine.getDjlVersion() + ")";
	}
}
