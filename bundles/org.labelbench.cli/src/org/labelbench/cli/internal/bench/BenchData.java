package org.labelbench.cli.internal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated benchmark data, kept between runs: making half a million files takes longer than reading them. */
final class BenchData {

	private static final int FILES_PER_FOLDER = 1_000;

	/** Above this many files the names are hard links: 5,000,000 files of a block each would fill the disk. */
	static final int LINKS_ABOVE = 1_000_000;
	/** names linked to one file (ext4 allows 65,000 links to an inode) */
	private static final int LINKS_PER_FILE = 50_000;

	private BenchData() {
	}

	/**
	 * @return a folder of {@code n} small .jpg files in sub-folders of a thousand (contents are not images); above
	 *         {@link #LINKS_ABOVE} files every name is a hard link, 50,000 to each file (the same directory entries to
	 *         list; one inode and no data block per 50,000 names)
	 */
	static Path imageFolder(Path root, int n) throws IOException {
		Path folder = root.resolve("images-" + n);
		Path done = folder.resolve(".complete");
		if (Files.exists(done)) {
			return folder;
		}
		delete(folder);
		byte[] content = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
		Path links = root.resolve("images-" + n + "-links");
		delete(links);
		Path shared = null;
		for (int i = 0; i < n; i++) {
			if (n > LINKS_ABOVE && i % LINKS_PER_FILE == 0) {
				shared = Files.write(Files.createDirectories(links).resolve(String.format("s%03d.jpg",
						i / LINKS_PER_FILE)), content);
			}
			Path dir = folder.resolve(String.format("d%04d", i / FILES_PER_FOLDER));
			if (i % FILES_PER_FOLDER == 0) {
				Files.createDirectories(dir);
			}
			Path file = dir.resolve(String.format("image-%07d.jpg", i));
			if (shared == null) {
				Files.write(file, content);
			} else {
				Files.createLink(file, shared);
			}
		}
		Files.createFile(done);
		return folder;
	}

	/** @return a CSV file of {@code n} rows: id, text (about 60 characters, some quoted with commas), label */
	static Path csvFile(Path root, int n) throws IOException {
		Path file = root.resolve("rows-" + n + ".csv");
		if (Files.exists(file)) {
			return file;
		}
		Files.createDirectories(root);
		Path tmp = Files.createTempFile(root, "rows", ".tmp");
		try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			out.write("id,text,source\n");
			for (int i = 1; i <= n; i++) {
				out.write(Integer.toString(i));
				out.write(i % 10 == 0 ? ",\"Review " + i + ", quoted: the product arrived late, box damaged\",web\n"
						: ",Review " + i + " the product works as described and arrived on time,app\n");
			}
		}
		Files.move(tmp, file);
		return file;
	}

	static void delete(Path path) throws IOException {
		if (Files.exists(path)) {
			try (Stream<Path> walk = Files.walk(path)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}
}
