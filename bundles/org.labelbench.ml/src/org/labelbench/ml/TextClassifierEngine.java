package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A machine-learning engine that trains text classifiers on hashed n-grams ({@link TextFeatures}), contributed as an
 * OSGi service. No engine type appears here.
 */
public interface TextClassifierEngine {

	/** @return the engine and its version; loads the engine if needed */
	String description();

	/**
	 * Trains an embedding bag of the texts' features with a small fully connected head; a multi-label classifier is a
	 * linear model, meant for {@link TextFeatures#wordCounts} (the caller featurizes its texts that way throughout).
	 *
	 * @param targets {@code texts.count() x classes.size()} values: 1 for each class a text has, else 0 (exactly one 1
	 *        per text unless {@code multiLabel})
	 * @param monitor reports epochs; canceling it stops the training within one batch
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	TextClassifier train(TextBatch texts, float[] targets, List<String> classes, boolean multiLabel,
			TrainingSettings settings, IProgressMonitor monitor);

	/**
	 * Loads a classifier {@link TextClassifier#save(Path) saved} earlier.
	 *
	 * @throws IOException when the directory holds no readable text classifier, with the reason
	 */
	TextClassifier load(Path directory) throws IOException;
}
