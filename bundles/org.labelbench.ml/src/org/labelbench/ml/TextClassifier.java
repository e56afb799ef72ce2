package org.labelbench.ml;

/** A trained text classifier, single- or multi-label. Not thread-safe; close it to free the engine's memory. */
public interface TextClassifier extends TrainedModel {

	/** @return whether a text may have several classes (each class's probability stands alone) */
	boolean multiLabel();

	/**
	 * @return {@code batch.count() x classes().size()} class probabilities, text by text: they sum to one for a
	 *         single-label classifier; for a multi-label one, each is the chance that the text has that class
	 */
	float[] probabilities(TextBatch batch);

	/** @return the outputs of the layer before the last fully connected one, {@link #embeddingSize()} per text */
	float[] embeddings(TextBatch batch);
}
