package org.labelbench.core.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.core.Datastore.ItemSink;
import org.labelbench.core.ItemFiles;
import org.labelbench.model.DataKind;

/**
 * Walks a folder in path order (each directory's entries sorted by name), passing every file whose extension fits the
 * data kind to a sink without opening it. Holds one directory listing per level, never the whole tree. Entries that
 * cannot be read (permission denied, broken links, link loops) go to the sink as errors and the walk goes on.
 */
final class SortedWalk {

	private static final int REPORT_EVERY = 10_000;

	private final Path root;
	private final DataKind kind;
	private final ItemSink sink;
	private final IProgressMonitor monitor;
	private final Set<Object> visiting = new HashSet<>();
	private long seen;

	SortedWalk(Path root, DataKind kind, ItemSink sink, IProgressMonitor monitor) {
		this.root = root;
		this.kind = kind;
		this.sink = sink;
		this.monitor = monitor;
	}

	void run() throws IOException {
		directory(root);
	}

	private void directory(Path dir) throws IOException {
		Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
		if (key != null && !visiting.add(key)) {
			sink.error(location(dir), "folder link loop: this folder contains itself");
			return;
		}
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			stream.forEach(entries::add);
		}
		entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
		for (Path entry : entries) {
			entry(entry);
		}
		if (key != null) {
			visiting.remove(key);
		}
	}

	private void entry(Path entry) {
		String name = entry.getFileName().toString();
		try {
			BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
			if (attributes.isDirectory()) {
				directory(entry);
			} else if (attributes.isRegularFile() && ItemFiles.matches(kind, name)) {
				file(entry, attributes);
			}
		} catch (IOException e) {
			if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
				if (ItemFiles.matches(kind, name)) {
					sink.error(location(entry), "broken link");
				}
			} else {
				sink.error(location(entry), "cannot be read: " + describe(e));
			}
		}
	}

	private void file(Path file, BasicFileAttributes attributes) {
		String location = location(file);
		if (attributes.size() == 0) {
			sink.error(location, "empty file");
		} else if (!Files.isReadable(file)) {
			sink.error(location, "permission denied");
		} else if (kind == DataKind.TEXT && "csv".equals(ItemFiles.extension(file.getFileName().toString()))) {
			sink.error(location, "a CSV file is a dataset of its own: create the project with --data "
					+ "FILE.csv --text-column COLUMN");
		} else {
			sink.item(location);
		}
		if (++seen % REPORT_EVERY == 0) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			monitor.subTask(seen + " files");
		}
	}

	private String location(Path path) {
		return root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
	}

	static String describe(IOException e) {
		String type = e.getClass().getSimpleName();
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? type : type + " " + e.getMessage();
	}
}
