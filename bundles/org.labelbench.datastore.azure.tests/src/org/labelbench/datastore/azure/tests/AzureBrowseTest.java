package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labelbench.core.Datastore.Entry;
import org.labelbench.core.Datastore.Page;
import org.labelbench.core.Datastore.Root;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.store.InvalidInputException;
import org.labelbench.testsupport.OsgiServices;

/** Browsing the virtual folders of a container, and local folders, through the one API every datastore offers. */
class AzureBrowseTest extends AzureFixture {

	private DatastoreBrowser browser;

	@BeforeEach
	void browser() throws Exception {
		browser = OsgiServices.get(DatastoreBrowser.class);
	}

	private List<Entry> all(String folder, int pageSize, List<Integer> pageSizes) throws Exception {
		List<Entry> entries = new ArrayList<>();
		String continuation = null;
		do {
			Page page = browser.browse(folder, continuation, pageSize);
			pageSizes.add(page.entries().size());
			entries.addAll(page.entries());
			continuation = page.continuation();
		} while (continuation != null);
		return entries;
	}

	private static List<String> names(List<Entry> entries) {
		return entries.stream().map(Entry::name).toList();
	}

	@Test
	void aContainerIsBrowsedFolderByFolderPageByPage() throws Exception {
		byte[] png = Azurite.png(temp, 4, 4);
		for (String name : List.of("img/a.png", "img/sub/b.png", "img/sub/c.png", "img/sub/deeper/d.png",
				"img/with space/e.png", "top.txt", "data/reviews.csv")) {
			Azurite.put(container, name, png);
		}
		Root root = browser.root(store);
		assertEquals("azure://" + store + "/", root.location());
		assertTrue(browser.roots().stream().anyMatch(r -> r.name().equals("local")), "local files are a root too");

		List<Integer> pages = new ArrayList<>();
		List<Entry> top = all(root.location(), 1000, pages);
		assertEquals(List.of("data/", "img/", "top.txt"), names(top));
		assertEquals(List.of(3), pages, "one page");
		assertEquals(png.length, top.get(2).size());

		List<Entry> img = all(browser.folder(root, "img"), 1000, new ArrayList<>());
		assertEquals(List.of("a.png", "sub/", "with space/"), names(img));
		assertEquals("azure://" + store + "/img/sub/", img.get(1).location());
		assertTrue(img.get(1).folder() && !img.get(0).folder());

		pages.clear();
		List<Entry> sub = all(img.get(1).location(), 1, pages); // one entry per page: continuation tokens
		assertEquals(List.of("b.png", "c.png", "deeper/"), names(sub));
		assertEquals(List.of(1, 1, 1), pages);

		assertEquals(3, create("sub", "image-multiclass", DatastoreBrowser.everythingBelow(img.get(1).location()), "a")
				.status().items().total(), "a browsed folder with /** takes everything below it");
		assertEquals(List.of(), names(all(browser.folder(root, "nothing/here"), 1000, new ArrayList<>())),
				"a virtual folder without blobs is empty");
	}

	@Test
	void localFoldersAreBrowsedTheSameWay() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("local pics/b"));
		Files.writeString(folder.resolveSibling("a.png"), "x", StandardCharsets.UTF_8);
		Files.writeString(folder.resolveSibling("c.txt"), "yz", StandardCharsets.UTF_8);
		Root local = browser.root("local");
		String location = browser.folder(local, folder.getParent().toString());

		List<Integer> pages = new ArrayList<>();
		List<Entry> entries = all(location, 2, pages);
		assertEquals(List.of("a.png", "b/", "c.txt"), names(entries));
		assertEquals(List.of(2, 1), pages);
		assertEquals(2, entries.get(2).size());
		assertEquals(folder.toUri().toString(), entries.get(1).location());
		Page empty = browser.browse(entries.get(1).location(), null, 10);
		assertEquals(List.of(), empty.entries());
		assertNull(empty.continuation());

		InvalidInputException e = assertThrows(InvalidInputException.class, () -> browser.browse(
				browser.folder(local, temp.resolve("missing").toString()), null, 10));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertThrows(InvalidInputException.class, () -> browser.root("nobody"));
	}
}
