package org.labelbench.core.internal;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.model.DataKind;
import org.labelbench.store.ItemWriter;

/**
 * Streams the files of a data folder into an item writer: one directory entry at a time, nothing decoded, nothing
 * held. A file that cannot be labeled becomes an item in the error state with the reason, so nothing is dropped
 * silently.
 */
final class FolderScanner extends SimpleFileVisitor<Path> {

	private static final int REPORT_EVERY = 10_000;

	private final Path root;
	private final DataKind kind;
	private final ItemWriter writer;
	private final IProgressMonitor monitor;
	private long errors;

	FolderScanner(Path root, DataKind kind, ItemWriter writer, IProgressMonitor monitor) {
		this.root = root;
		this.kind = kind;
		this.writer = writer;
		this.monitor = monitor;
	}

	/** Scans the folder and everything below it. */
	void scan() throws IOException {
		Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
	}

	long errors() {
		return errors;
	}

	@Override
	public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
		if (!attributes.isRegularFile() || !DataFiles.matches(kind, file.getFileName().toString())) {
			return FileVisitResult.CONTINUE;
		}
		String location = location(file);
		String problem = problem(file, attributes);
		if (problem == null) {
			writer.add(location);
		} else {
			writer.addError(location, problem);
			errors++;
		}
		if (writer.added() % REPORT_EVERY == 0) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			monitor.subTask(writer.added() + " items");
		}
		monitor.worked(1);
		return FileVisitResult.CONTINUE;
	}

	@Override
	public FileVisitResult visitFileFailed(Path file, IOException e) {
		// an unreadable file or folder, or a link loop: recorded, so that the admin sees what was left out
		writer.addError(location(file), "cannot be read: " + e.getClass().getSimpleName()
				+ (e.getMessage() != null ? " " + e.getMessage() : ""));
		errors++;
		return FileVisitResult.CONTINUE;
	}

	private String problem(Path file, BasicFileAttributes attributes) {
		if (attributes.size() == 0) {
			return "empty file";
		}
		if (!Files.isReadable(file)) {
			return "file is not readable";
		}
		if (kind == DataKind.TEXT && "csv".equals(DataFiles.extension(file.getFileName().toString()))) {
			return "CSV files need a text column to turn rows into items; this version reads .txt files only";
		}
		return null;
	}

	private String location(Path file) {
		return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}
}
