package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A trained classifier of images or texts. Not thread-safe; close it to free the engine's memory. */
public interface TrainedModel extends AutoCloseable {

	/** @return the class names, in the order of the probabilities */
	List<String> classes();

	/** @return the device it computes on, as the engine names it, e.g. {@code cpu()} */
	String device();

	/** @return how many values the layer before the last fully connected one gives per item */
	int embeddingSize();

	/** Writes the classifier into a directory, for its engine's {@code load}. */
	void save(Path directory) throws IOException;

	@Override
	void close();
}
