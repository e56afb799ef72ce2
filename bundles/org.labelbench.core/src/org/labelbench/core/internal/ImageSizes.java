package org.labelbench.core.internal;

import java.io.IOException;
import java.util.Optional;

import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageSource;
import org.labelbench.model.Dataset;
import org.labelbench.store.InvalidInputException;

/**
 * The size of an image as displayed (after a JPEG's EXIF orientation; DICOM too), from its header without decoding the
 * pixels.
 */
final class ImageSizes {

	record Size(int width, int height) {
	}

	private ImageSizes() {
	}

	/** @return the size of an item's image, read from its data source; empty when it is no image that decodes */
	static Optional<Size> of(DataSources sources, Dataset dataset, String location) throws IOException {
		try {
			return Optional.of(read(sources, dataset, location));
		} catch (ImageDecodeException e) {
			return Optional.empty();
		}
	}

	/**
	 * @return the size of an item's image
	 * @throws InvalidInputException naming the image and why its size cannot be read
	 */
	static Size require(DataSources sources, Dataset dataset, String location) throws IOException {
		try {
			return read(sources, dataset, location);
		} catch (ImageDecodeException e) {
			throw new InvalidInputException("the size of image '" + location
					+ "' cannot be read, so its shapes cannot be checked: " + e.getMessage());
		}
	}

	private static Size read(DataSources sources, Dataset dataset, String location)
			throws IOException, ImageDecodeException {
		ImageFacts facts = sources.images().facts(Images.source(sources, dataset, location));
		return new Size(facts.width(), facts.height());
	}
}
