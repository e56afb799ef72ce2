package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A machine-learning engine that trains image classifiers, contributed as an OSGi service (the DJL and PyTorch engine
 * of {@code org.labelbench.ml.djl} is one). No engine type appears here: callers need no engine library.
 */
public interface ClassifierEngine {

	/** @return the engine and its version, e.g. "PyTorch 2.7.1 (DJL 0.36.0)"; loads the engine if needed */
	String description();

	/**
	 * Trains a small convolutional network from scratch.
	 *
	 * @param labels the class of each image, an index into {@code classes}
	 * @param monitor reports epochs; canceling it stops the training within one batch
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	ImageClassifier train(ImageBatch images, int[] labels, List<String> classes, TrainingSettings settings,
			IProgressMonitor monitor);

	/**
	 * Loads a classifier {@link ImageClassifier#save(Path) saved} earlier.
	 *
	 * @throws IOException when the directory holds no readable classifier, with the reason
	 */
	ImageClassifier load(Path directory) throws IOException;
}
