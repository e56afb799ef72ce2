package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blobs read while labeling, kept in a local folder up to a size (least recently used go first), so the next item
 * and a return to an earlier one need no download. Files are named by a hash of datastore, container and blob name:
 * blob names may be longer than file names can be, and may hold anything. Beside each file its blob's ETag is kept
 * ({@code HASH.etag}): a cached blob is served only after the service said it still has that ETag, so a blob
 * replaced in the container is read again, never served stale.
 */
final class BlobCache {

	private static final String ETAG = ".etag";

	/** Downloads a blob to a file, unless it is unchanged. */
	interface Download {
		/**
		 * @param ifChanged the ETag of the cached copy, or null when there is none
		 * @return the ETag of the blob written to the file, or null when the blob still has {@code ifChanged} (then
		 *         nothing was written)
		 */
		String to(Path file, String ifChanged) throws IOException;
	}

	private final Path folder;
	private final long maxBytes;
	private final Map<String, Long> sizes = new LinkedHashMap<>(64, 0.75f, true);
	private long bytes;
	private boolean loaded;

	BlobCache(Path folder, long maxBytes) {
		this.folder = folder;
		this.maxBytes = maxBytes;
	}

	/** @return the blob's file in the cache, downloaded when it is not there yet */
	Path get(String datastore, String container, String blob, Download download) throws IOException {
		String key = key(datastore, container, blob);
		Path file = folder.resolve(key);
		Path etagFile = folder.resolve(key + ETAG);
		String etag = null;
		synchronized (this) {
			load();
			if (sizes.get(key) != null && Files.exists(file) && Files.exists(etagFile)) {
				etag = Files.readString(etagFile, StandardCharsets.UTF_8);
			}
		}
		Path part = Files.createTempFile(folder, key, ".part");
		try {
			String fresh = download.to(part, etag);
			if (fresh == null) {
				synchronized (this) {
					sizes.get(key); // now the most recently used
				}
				return file;
			}
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			// after the content: a crash in between leaves an old ETag, which makes the next read download again
			Files.writeString(etagFile, fresh, StandardCharsets.UTF_8);
		} finally {
			Files.deleteIfExists(part);
		}
		synchronized (this) {
			Long old = sizes.put(key, Files.size(file));
			bytes += sizes.get(key) - (old == null ? 0 : old);
			evict(key);
		}
		return file;
	}

	synchronized long bytes() {
		return bytes;
	}

	/** Removes the least recently used blobs until the cache fits, but never the one just read. */
	private void evict(String keep) throws IOException {
		Iterator<Map.Entry<String, Long>> oldest = sizes.entrySet().iterator();
		while (bytes > maxBytes && oldest.hasNext()) {
			Map.Entry<String, Long> entry = oldest.next();
			if (!entry.getKey().equals(keep)) {
				Files.deleteIfExists(folder.resolve(entry.getKey())); // a reader that has it open keeps reading
				Files.deleteIfExists(folder.resolve(entry.getKey() + ETAG));
				bytes -= entry.getValue();
				oldest.remove();
			}
		}
	}

	/** Takes over what earlier runs left, oldest first. */
	private void load() throws IOException {
		if (loaded) {
			return;
		}
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (name.endsWith(".part")) {
					Files.deleteIfExists(entry); // a download that was interrupted
				} else if (!name.endsWith(ETAG)) {
					files.add(entry);
				}
			}
		}
		files.sort((a, b) -> a.toFile().lastModified() < b.toFile().lastModified() ? -1 : 1);
		for (Path file : files) {
			long size = Files.size(file);
			sizes.put(file.getFileName().toString(), size);
			bytes += size;
		}
		loaded = true;
	}

	private static String key(String datastore, String container, String blob) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest((datastore + "\n" + container + "\n" + blob)
					.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
