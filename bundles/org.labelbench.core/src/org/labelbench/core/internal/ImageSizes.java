package org.labelbench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.labelbench.model.Dataset;

/** The size of an image from its header, without decoding the pixels. */
final class ImageSizes {

	record Size(int width, int height) {
	}

	private ImageSizes() {
	}

	/** @return the size of an item's image, read from its data source; empty when no reader knows the format */
	static Optional<Size> of(DataSources sources, Dataset dataset, String location) throws IOException {
		try (InputStream in = sources.reader(dataset).open(dataset, location)) {
			return read(in);
		}
	}

	/** @return the size, or empty when no installed reader knows the format */
	static Optional<Size> read(InputStream in) throws IOException {
		try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
			if (stream == null) {
				return Optional.empty();
			}
			Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(stream, true, true);
				return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
			} finally {
				reader.dispose();
			}
		}
	}
}
