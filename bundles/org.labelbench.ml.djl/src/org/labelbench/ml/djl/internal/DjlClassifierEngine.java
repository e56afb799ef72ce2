package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.ml.ClassifierEngine;
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.ImageClassifier;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ComputeDevice;
import org.osgi.service.component.annotations.Component;

/**
 * {@link ClassifierEngine} on DJL with the PyTorch engine, CPU natives embedded; a GPU when libtorch offers one.
 * Every entry point runs inside {@link DjlRuntime#call}.
 */
@Component(service = ClassifierEngine.class)
public final class DjlClassifierEngine implements ClassifierEngine {

	@Override
	public String description() {
		return DjlRuntime.call(Djl::description);
	}

	@Override
	public ImageClassifier train(ImageBatch images, int[] labels, List<String> classes, TrainingSettings settings,
			IProgressMonitor monitor) {
		if (images.count() != labels.length || images.count() == 0) {
			throw new IllegalArgumentException(images.count() + " images and " + labels.length + " labels");
		}
		return DjlRuntime.call(() -> {
			try {
				return Training.train(images, labels, classes, settings, null, monitor);
			} catch (IOException e) {
				throw new UncheckedIOException(e); // only a backbone is read from a file
			}
		});
	}

	@Override
	public ImageClassifier fineTune(Path backbone, ImageBatch images, int[] labels, List<String> classes,
			TrainingSettings settings, IProgressMonitor monitor) throws IOException {
		if (images.count() != labels.length || images.count() == 0) {
			throw new IllegalArgumentException(images.count() + " images and " + labels.length + " labels");
		}
		try {
			return DjlRuntime.call(() -> {
				try {
					return Training.train(images, labels, classes, settings, backbone, monitor);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	@Override
	public ImageClassifier load(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IOException(directory + " does not exist");
		}
		try {
			return DjlRuntime.call(() -> {
				try {
					return DjlClassifier.load(directory, Djl.device(ComputeDevice.AUTO));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
