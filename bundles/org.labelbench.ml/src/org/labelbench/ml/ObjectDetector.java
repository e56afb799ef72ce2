package org.labelbench.ml;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A trained object detector. Not thread-safe; close it to free the engine's memory. */
public interface ObjectDetector extends AutoCloseable {

	/** @return the class names the detections' labels index */
	List<String> classes();

	/** @return the side of the square images it takes */
	int inputSize();

	/** @return the device it computes on, as the engine names it, e.g. {@code cpu()} */
	String device();

	/**
	 * @param minScore the lowest score reported
	 * @return for each image, its detections from the most confident down
	 */
	List<List<Detection>> detect(ImageBatch batch, double minScore);

	/** Writes the detector into a directory, for {@link DetectorEngine#load(Path)}. */
	void save(Path directory) throws IOException;

	@Override
	void close();
}
