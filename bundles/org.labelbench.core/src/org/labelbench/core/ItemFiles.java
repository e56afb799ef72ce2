package org.labelbench.core;

import java.util.Locale;
import java.util.Set;

import org.labelbench.model.DataKind;

/** Which file (or blob) names hold items of each data kind: every datastore filters its listing by these. */
public final class ItemFiles {

	public static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "jpe", "jfif", "bmp", "tif",
			"tiff", "dcm", "dicom");
	public static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "csv");

	private ItemFiles() {
	}

	/** @return the lower-case extension of a file name, or "" */
	public static String extension(String fileName) {
		int slash = fileName.lastIndexOf('/');
		int dot = fileName.lastIndexOf('.');
		return dot <= slash ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** @return whether a file of this name holds an item of the kind */
	public static boolean matches(DataKind kind, String fileName) {
		String extension = extension(fileName);
		return switch (kind) {
			case IMAGE -> IMAGE_EXTENSIONS.contains(extension);
			case TEXT -> TEXT_EXTENSIONS.contains(extension);
		};
	}
}
