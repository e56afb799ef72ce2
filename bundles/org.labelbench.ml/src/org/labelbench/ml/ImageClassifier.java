package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A trained image classifier. Not thread-safe; close it to free the engine's memory. */
public interface ImageClassifier extends TrainedModel {

	/** @return the class names, in the order of the probabilities */
	List<String> classes();

	/** @return the side of the square images it takes */
	int inputSize();

	/** @return the device it computes on, as the engine names it, e.g. {@code cpu()} */
	String device();

	/** @return {@code batch.count() x classes().size()} class probabilities, image by image */
	float[] probabilities(ImageBatch batch);

	/** @return the outputs of the layer before the last fully connected one, {@link #embeddingSize()} per image */
	float[] embeddings(ImageBatch batch);

	int embeddingSize();

	/** Writes the classifier into a directory, for {@link ClassifierEngine#load(Path)}. */
	void save(Path directory) throws IOException;

	@Override
	void close();
}
