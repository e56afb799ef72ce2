package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import org.labelbench.ml.Detection;
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.ObjectDetector;

/** A detector of {@link DetectorNetwork} in a DJL model. Every public method switches the class loader. */
final class DjlDetector implements ObjectDetector {

	private static final String NAME = "detector";
	private static final int BATCH = 128;

	private final Model model;
	private final SequentialBlock net;
	private final List<String> classes;
	private final int size;

	DjlDetector(Model model, SequentialBlock net, List<String> classes, int size) {
		this.model = model;
		this.net = net;
		this.classes = List.copyOf(classes);
		this.size = size;
	}

	static DjlDetector load(Path directory, Device device) throws IOException {
		Properties properties = SavedModels.settings(directory, NAME);
		List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
		int size = Integer.parseInt(properties.getProperty("size", "0"));
		SequentialBlock net = DetectorNetwork.detector(classes.size());
		Model model = Model.newInstance(NAME, device, DjlRuntime.ENGINE);
		model.setBlock(net);
		SavedModels.load(model, directory, NAME, "detector");
		return new DjlDetector(model, net, classes, size);
	}

	@Override
	public List<String> classes() {
		return classes;
	}

	@Override
	public int inputSize() {
		return size;
	}

	@Override
	public String device() {
		return DjlRuntime.call(() -> model.getNDManager().getDevice().toString());
	}

	@Override
	public List<List<Detection>> detect(ImageBatch batch, double minScore) {
		if (batch.size() != size) {
			throw new IllegalArgumentException("the detector takes " + size + "x" + size + " images, not "
					+ batch.size() + "x" + batch.size());
		}
		return DjlRuntime.call(() -> forward(batch, minScore));
	}

	private List<List<Detection>> forward(ImageBatch batch, double minScore) {
		int grid = size / DetectorNetwork.STRIDE;
		int perImage = (classes.size() + DetectorNetwork.BOX_CHANNELS) * grid * grid;
		int stride = ImageBatch.stride(size);
		List<List<Detection>> found = new ArrayList<>(batch.count());
		for (int from = 0; from < batch.count(); from += BATCH) {
			int n = Math.min(BATCH, batch.count() - from);
			try (NDManager manager = model.getNDManager().newSubManager()) {
				NDArray input = manager.create(FloatBuffer.wrap(batch.pixels(), from * stride, n * stride).slice(),
						new Shape(n, 3, size, size));
				NDArray out = net.forward(new ParameterStore(manager, false), new NDList(input), false)
						.singletonOrThrow();
				float[] values = out.toFloatArray();
				for (int i = 0; i < n; i++) {
					sigmoid(values, i * perImage, classes.size() * grid * grid);
					found.add(CenterDecoder.decode(values, i * perImage, classes.size(), grid, minScore));
				}
			}
		}
		return found;
	}

	private static void sigmoid(float[] values, int from, int length) {
		for (int k = from; k < from + length; k++) {
			values[k] = (float) (1 / (1 + Math.exp(-values[k])));
		}
	}

	@Override
	public void save(Path directory) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classes));
		properties.setProperty("size", Integer.toString(size));
		SavedModels.save(model, directory, NAME, properties, "object detector");
	}

	@Override
	public void close() {
		SavedModels.close(model);
	}
}
