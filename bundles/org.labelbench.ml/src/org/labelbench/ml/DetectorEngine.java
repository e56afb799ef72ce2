package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A machine-learning engine that trains object detectors from scratch, contributed as an OSGi service beside the
 * {@link ClassifierEngine} (the DJL and PyTorch engine of {@code org.labelbench.ml.djl} is one). No engine type
 * appears here.
 */
public interface DetectorEngine {

	/** @return the engine and its version; loads the engine if needed */
	String description();

	/**
	 * Trains a small detector on the boxes of each image.
	 *
	 * @param boxes for each image, its objects (scores are ignored); an image may have none
	 * @param monitor reports epochs; canceling it stops the training within one batch
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	ObjectDetector train(ImageBatch images, List<List<Detection>> boxes, List<String> classes,
			TrainingSettings settings, IProgressMonitor monitor);

	/**
	 * Loads a detector {@link ObjectDetector#save(Path) saved} earlier.
	 *
	 * @throws IOException when the directory holds no readable detector, with the reason
	 */
	ObjectDetector load(Path directory) throws IOException;
}
