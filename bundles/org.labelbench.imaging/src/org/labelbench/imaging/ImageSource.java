package org.labelbench.imaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where an image's bytes come from: a local file, or anything that can open a stream on them (a data source). */
public interface ImageSource {

	/** Opens the bytes of an image. */
	@FunctionalInterface
	interface Opener {
		InputStream open() throws IOException;
	}

	/** @return the file or item name; its extension tells DICOM files without a preamble apart */
	String name();

	/** @return a new stream on the image's bytes; the decoder may open it more than once */
	InputStream open() throws IOException;

	/** @return the local file, when there is one: it is read with random access instead of through a stream */
	default Optional<Path> file() {
		return Optional.empty();
	}

	static ImageSource of(Path file) {
		return new ImageSource() {
			@Override
			public String name() {
				return file.getFileName() == null ? file.toString() : file.getFileName().toString();
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public Optional<Path> file() {
				return Optional.of(file);
			}
		};
	}

	static ImageSource of(String name, Opener opener) {
		return new ImageSource() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public InputStream open() throws IOException {
				return opener.open();
			}
		};
	}
}
