package org.labelbench.datastore.azure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local cache of blobs read while labeling stays within its size, least recently used out first. */
class BlobCacheTest {

	@TempDir
	Path temp;

	private final List<String> downloads = new ArrayList<>();

	private Path get(BlobCache cache, String blob) throws Exception {
		return cache.get("store", "container", blob, (file, etag) -> {
			if ("v1".equals(etag)) {
				return null; // unchanged since it was cached
			}
			downloads.add(blob);
			Files.write(file, new byte[1000]);
			return "v1";
		});
	}

	@Test
	void theCacheKeepsTheRecentBlobsWithinItsSize() throws Exception {
		BlobCache cache = new BlobCache(temp.resolve("cache"), 2500);
		for (String blob : List.of("a.png", "b.png", "c.png")) {
			get(cache, blob);
		}
		get(cache, "b.png"); // from the cache, and now the most recent
		assertEquals(List.of("a.png", "b.png", "c.png"), downloads);
		assertTrue(cache.bytes() <= 2500, cache.bytes() + " bytes");
		get(cache, "d.png"); // c goes: b was read after it
		get(cache, "b.png");
		get(cache, "c.png");
		assertEquals(List.of("a.png", "b.png", "c.png", "d.png", "c.png"), downloads);
		try (var files = Files.list(temp.resolve("cache"))) {
			assertEquals(2, files.filter(f -> !f.toString().endsWith(".etag")).count(),
					"two blobs of 1000 bytes fit in 2500");
		}
		String longName = "x/".repeat(400) + "ünï code.png";
		assertEquals(1000, Files.size(get(cache, longName)), "any blob name makes a file name");
	}

	@Test
	void aNewCacheTakesOverWhatAnEarlierRunLeft() throws Exception {
		get(new BlobCache(temp.resolve("cache"), 10_000), "a.png");
		BlobCache again = new BlobCache(temp.resolve("cache"), 10_000);
		get(again, "a.png");
		assertEquals(List.of("a.png"), downloads);
		assertEquals(1000, again.bytes());
	}
}
