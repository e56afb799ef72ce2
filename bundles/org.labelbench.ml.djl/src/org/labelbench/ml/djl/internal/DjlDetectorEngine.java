package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.ml.Detection;
import org.labelbench.ml.DetectorEngine;
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.ObjectDetector;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ComputeDevice;
import org.osgi.service.component.annotations.Component;

/**
 * {@link DetectorEngine} on DJL with the PyTorch engine: a CenterNet-style detector of our own
 * ({@link DetectorNetwork}), because DJL's trainable SSD needs MultiBoxTarget, which its PyTorch engine does not
 * implement. Every entry point runs inside {@link DjlRuntime#call}.
 */
@Component(service = DetectorEngine.class)
public final class DjlDetectorEngine implements DetectorEngine {

	@Override
	public String description() {
		return DjlRuntime.call(Djl::description);
	}

	@Override
	public ObjectDetector train(ImageBatch images, List<List<Detection>> boxes, List<String> classes,
			TrainingSettings settings, IProgressMonitor monitor) {
		if (images.count() != boxes.size() || images.count() == 0) {
			throw new IllegalArgumentException(images.count() + " images and " + boxes.size() + " lists of boxes");
		}
		if (images.size() % DetectorNetwork.STRIDE != 0) {
			throw new IllegalArgumentException("the detector takes images whose side is a multiple of "
					+ DetectorNetwork.STRIDE + ", not " + images.size());
		}
		return DjlRuntime.call(() -> DetectorTraining.train(images, boxes, classes, settings, monitor));
	}

	@Override
	public ObjectDetector load(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IOException(directory + " does not exist");
		}
		try {
			return DjlRuntime.call(() -> {
				try {
					return DjlDetector.load(directory, Djl.device(ComputeDevice.AUTO));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
