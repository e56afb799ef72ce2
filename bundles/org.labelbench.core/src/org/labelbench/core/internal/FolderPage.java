package org.labelbench.core.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.labelbench.core.Datastore.Entry;
import org.labelbench.core.Datastore.Page;

/**
 * A page of a local folder's entries in name order. A page after the first lists the folder again and starts after
 * the name the previous page ended with, so nothing but names is kept between pages.
 */
final class FolderPage {

	private final Path directory;

	FolderPage(Path directory) {
		this.directory = directory;
	}

	Page after(String continuation, int max) throws IOException {
		List<String> names = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
			for (Path entry : entries) {
				names.add(entry.getFileName().toString());
			}
		}
		Collections.sort(names);
		int from = 0;
		if (continuation != null) {
			int found = Collections.binarySearch(names, continuation);
			from = found >= 0 ? found + 1 : -found - 1;
		}
		int to = Math.min(names.size(), from + Math.max(1, max));
		List<Entry> page = new ArrayList<>(to - from);
		for (String name : names.subList(from, to)) {
			page.add(entry(directory.resolve(name)));
		}
		return new Page(page, to < names.size() ? names.get(to - 1) : null);
	}

	private static Entry entry(Path path) {
		String name = path.getFileName().toString();
		if (Files.isDirectory(path)) {
			return new Entry(name + "/", path.toUri().toString(), true, -1);
		}
		long size;
		try {
			size = Files.size(path);
		} catch (IOException e) {
			size = -1; // a broken link: listed, and initialization reports it
		}
		return new Entry(name, path.toUri().toString(), false, size);
	}
}
