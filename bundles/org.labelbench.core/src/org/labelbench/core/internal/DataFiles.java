package org.labelbench.core.internal;

import java.util.Locale;
import java.util.Set;

import org.labelbench.model.DataKind;

/** Which files hold items of each data kind. */
final class DataFiles {

	static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "jpe", "jfif", "bmp", "tif", "tiff",
			"dcm", "dicom");
	static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "csv");

	private DataFiles() {
	}

	/** @return the lower-case extension of a file name, or "" */
	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	static boolean matches(DataKind kind, String fileName) {
		String extension = extension(fileName);
		return switch (kind) {
			case IMAGE -> IMAGE_EXTENSIONS.contains(extension);
			case TEXT -> TEXT_EXTENSIONS.contains(extension);
		};
	}
}
