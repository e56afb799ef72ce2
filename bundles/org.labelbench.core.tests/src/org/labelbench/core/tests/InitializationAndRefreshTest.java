package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.labelbench.core.Initialization;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.RefreshResult;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;

class InitializationAndRefreshTest extends WorkspaceFixture {

	@Test
	void aCanceledInitializationLeavesNothingAndTheNameFree() throws Exception {
		Path data = Files.createDirectories(temp.resolve("many"));
		for (int i = 0; i < 10_050; i++) {
			Files.write(data.resolve("f" + i + ".png"), Services.PNG);
		}
		NullProgressMonitor cancelAtOnce = new NullProgressMonitor();
		cancelAtOnce.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> workspace.projects().create(
				new ProjectSpec("canceled", "image-multiclass", data, List.of("a"), null, null), cancelAtOnce));
		assertTrue(workspace.projects().list().isEmpty());
		assertEquals(10_050, create("canceled", "image-multiclass", data, "a").items().total(), "the name is free");
	}

	@Test
	void projectsAreListedWhileAnotherOneInitializes() throws Exception {
		Path data = Files.createDirectories(temp.resolve("many"));
		for (int i = 0; i < 20_000; i++) {
			Files.write(data.resolve("f" + i + ".png"), Services.PNG);
		}
		create("first", "image-multiclass", images("img", 1), "a");
		ExecutorService viewer = Executors.newSingleThreadExecutor();
		java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
		Future<Integer> listings = viewer.submit(() -> {
			int n = 0;
			while (!done.get()) { // what the Projects view does while a command line creates a project
				workspace.projects().list();
				n++;
			}
			return n;
		});
		try {
			assertEquals(20_000, create("second", "image-multiclass", data, "a").items().total());
		} finally {
			done.set(true);
		}
		assertTrue(listings.get() > 0);
		viewer.shutdown();
		assertEquals(20_000, workspace.projects().status("second").items().unlabeled());
	}

	@Test
	void beyondTheItemLimitTheFirstItemsInPathOrderAreAddedAndTheRestCounted() throws Exception {
		Path data = images("img", 8);
		Initialization created = workspace.projects().create(new ProjectSpec("capped", "image-multiclass", data, null,
				null, List.of("a"), null, null, 5L), new NullProgressMonitor());
		assertEquals(5, created.status().items().total());
		assertEquals(3, created.notAdded());
		List<String> locations = workspace.store().items().page(created.status().id(), ItemState.UNLABELED, 0, 10)
				.stream().map(ItemRecord::location).toList();
		assertEquals(List.of("img000.png", "img001.png", "img002.png", "img003.png", "img004.png"), locations);
		RefreshResult refresh = workspace.projects().refresh("capped", new NullProgressMonitor());
		assertEquals(0, refresh.added(), "refresh stops at the limit");
		assertEquals(3, refresh.notAdded());
	}

	@Test
	void brokenLinksAreItemErrors() throws Exception {
		Path data = images("img", 1);
		Files.createSymbolicLink(data.resolve("gone.png"), temp.resolve("nowhere.png"));
		var status = create("links", "image-multiclass", data, "a");
		assertEquals(2, status.items().total());
		assertEquals("broken link",
				workspace.store().items().page(status.id(), ItemState.ERROR, 0, 1).get(0).errorReason());
	}

	@Test
	void refreshAddsOnlyNewFilesAndRecordsWhen() throws Exception {
		Path data = images("img", 3);
		create("growing", "image-bbox", data, "car");
		Files.write(data.resolve("later.png"), Files.readAllBytes(data.resolve("img000.png")));
		Files.createDirectories(data.resolve("sub"));
		Files.write(data.resolve("sub/deeper.png"), Files.readAllBytes(data.resolve("img000.png")));
		assertEquals(2, workspace.projects().refresh("growing", new NullProgressMonitor()).added());
		assertEquals(0, workspace.projects().refresh("growing", new NullProgressMonitor()).added());
		assertEquals(5, workspace.projects().status("growing").items().total());
		assertNotNull(workspace.projects().status("growing").lastRefresh());
	}

	@Test
	void refreshesRunningAtOnceAddEachItemOnce() throws Exception {
		Path data = images("img", 2);
		create("racing", "image-multiclass", data, "a");
		for (int i = 0; i < 300; i++) {
			Files.write(data.resolve("new" + i + ".png"), Services.PNG);
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<RefreshResult>> results = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			results.add(pool.submit(() -> workspace.projects().refresh("racing", new NullProgressMonitor())));
		}
		long added = 0;
		for (Future<RefreshResult> result : results) {
			added += result.get().added();
		}
		pool.shutdown();
		assertEquals(300, added);
		assertEquals(302, workspace.projects().status("racing").items().total());
	}

	@Test
	void dueRefreshesRunOnTheirInterval() throws Exception {
		Path data = images("img", 1);
		create("scheduled", "image-multiclass", data, "a");
		create("manual", "image-multiclass", images("other", 1), "a");
		workspace.projects().setRefresh("scheduled", java.time.Duration.ofMinutes(5));
		Files.write(data.resolve("new.png"), Services.PNG);
		List<RefreshResult> first = workspace.projects().refreshDue(new NullProgressMonitor());
		assertEquals(List.of(new RefreshResult("scheduled", 1, 0)), first, "never refreshed: due now");
		assertEquals(List.of(), workspace.projects().refreshDue(new NullProgressMonitor()), "not due again yet");
	}
}
