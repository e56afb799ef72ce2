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
	 * Fine-tunes a backbone the admin supplies, a TorchScript file taking {@code 3 x size x size} images, with a new
	 * fully connected class layer on its outputs. The file is read where it is: nothing is downloaded.
	 *
	 * @throws IOException when the backbone is missing, corrupt or does not fit the images, with the reason
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	default ImageClassifier fineTune(Path backbone, ImageBatch images, int[] labels, List<String> classes,
			TrainingSettings settings, IProgressMonitor monitor) throws IOException {
		throw new IOException(description() + " cannot fine-tune a backbone");
	}

	/**
	 * Loads a classifier {@link ImageClassifier#save(Path) saved} earlier.
	 *
	 * @throws IOException when the directory holds no readable classifier, with the reason
	 */
	ImageClassifier load(Path directory) throws IOException;
}
