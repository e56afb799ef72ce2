package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.ml.TextBatch;
import org.labelbench.ml.TextClassifier;
import org.labelbench.ml.TextClassifierEngine;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ComputeDevice;
import org.osgi.service.component.annotations.Component;

/** {@link TextClassifierEngine} on DJL with the PyTorch engine. Every entry point runs inside {@link DjlRuntime#call}. */
@Component(service = TextClassifierEngine.class)
public final class DjlTextClassifierEngine implements TextClassifierEngine {

	@Override
	public String description() {
		return DjlRuntime.call(Djl::description);
	}

	@Override
	public TextClassifier train(TextBatch texts, float[] targets, List<String> classes, boolean multiLabel,
			TrainingSettings settings, IProgressMonitor monitor) {
		if (texts.count() == 0 || targets.length != texts.count() * classes.size()) {
			throw new IllegalArgumentException(texts.count() + " texts and " + targets.length + " targets for "
					+ classes.size() + " classes");
		}
		return DjlRuntime.call(() -> TextTraining.train(texts, targets, classes, multiLabel, settings, monitor));
	}

	@Override
	public TextClassifier load(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			throw new IOException(directory + " does not exist");
		}
		try {
			return DjlRuntime.call(() -> {
				try {
					return DjlTextClassifier.load(directory, Djl.device(ComputeDevice.AUTO));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
