package org.labelbench.export.internal;

import java.nio.file.Path;

/** Where a per-image export file goes: the item's path with another extension, inside the export folder only. */
public final class PerImageFiles {

	private PerImageFiles() {
	}

	/** @return the file, or null when the item's path would lead outside the folder */
	public static Path file(Path folder, String location, String extension) {
		int dot = location.lastIndexOf('.');
		int slash = location.lastIndexOf('/');
		String base = dot > slash ? location.substring(0, dot) : location;
		Path file = folder.resolve(base + extension).normalize();
		return file.startsWith(folder) && !base.isEmpty() ? file : null;
	}
}
