package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.ItemState;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.internal.DerbyStore;
import org.labelbench.store.internal.DerbyItemStore;
import org.labelbench.store.internal.ItemTables;
import org.labelbench.store.internal.QueueEntries;

class ItemStoreTest {

	static final java.time.Duration LEASE = java.time.Duration.ofMinutes(30);

	@TempDir
	Path workspace;

	@Test
	void hundredThousandItemsGoInOneBatchedPass() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("big", "a")).id();
			long start = System.nanoTime();
			try (ItemWriter writer = store.items().writer(project)) {
				for (int i = 0; i < 100_000; i++) {
					if (i % 10_000 == 0) {
						writer.addError("broken/" + i + ".png", "empty file");
					} else {
						writer.add("images/" + i + ".png");
					}
				}
				writer.commit();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("inserted 100000 items in %.2f s (%.0f items/s)%n", seconds, 100_000 / seconds);
			ItemCounts counts = store.items().counts(project);
			assertEquals(new ItemCounts(100_000, 99_990, 0, 0, 10, 0, 0), counts);
			List<ItemRecord> errors = store.items().page(project, ItemState.ERROR, 0, 100);
			assertEquals(10, errors.size());
			assertEquals("empty file", errors.get(0).errorReason());
			assertTrue(errors.get(0).location().startsWith("broken/"));
		}
	}

	/**
	 * Project ids are per workspace: two workspaces open in one process (a test run, a workbench and the command line's
	 * library use) each have a project 1. A CSV project 1 in one must not make the other's folder project 1 look up its
	 * items as CSV records.
	 */
	@Test
	void aFolderProjectFindsItsItemsByPathBesideACsvProjectOfTheSameIdInAnotherWorkspace(@TempDir Path other)
			throws Exception {
		try (Store folders = Stores.factory().open(StoreLocation.workspace(workspace));
				Store records = Stores.factory().open(StoreLocation.workspace(other))) {
			long photos = folders.projects().create(Stores.project("photos", "a")).id();
			try (ItemWriter writer = folders.items().writer(photos)) {
				writer.add("images/1.png");
				writer.commit();
			}
			org.labelbench.model.Project csv = Stores.project("reviews", "a");
			org.labelbench.model.Dataset dataset = org.labelbench.model.LabelbenchFactory.eINSTANCE.createDataset();
			dataset.setKind(org.labelbench.model.DatasetKind.TABULAR);
			csv.setDataset(dataset);
			long reviews = records.projects().create(csv).id();
			assertEquals(photos, reviews, "each workspace numbers its projects from the same start");
			assertEquals("images/1.png", folders.items().findByLocation(photos, "images/1.png").orElseThrow().location());
		}
	}

	@Test
	void claimNextIsServedByTheQueueIndex() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("indexed", "a")).id();
			long other = store.projects().create(Stores.project("other", "a")).id();
			addItems(store, project, 20_000);
			addItems(store, other, 20_000);
			String plan = plan(store, DerbyItemStore.claimCandidates(project), ps -> ps.setInt(1, 1));
			assertTrue(plan.contains("Index Scan ResultSet for " + ItemTables.queue(project) + " using index "
					+ ItemTables.queueIndex(project)), plan);
			assertFalse(plan.contains("Sort ResultSet"), "the index order is the queue order, no sorting:\n" + plan);
			// taking the head out of the queue finds it by the index too, never by reading the whole queue
			plan = plan(store, QueueEntries.deleteSql(project), ps -> {
				ps.setInt(1, 0);
				ps.setInt(2, 12345);
				ps.setLong(3, 7);
			});
			assertTrue(plan.contains("using index " + ItemTables.queueIndex(project)), plan);
			assertFalse(plan.contains("Table Scan"), plan);
			// a labeler's assigned items come from the assignment index, in queue order, whatever others have
			assertEquals(5_000, store.items().assignQueued(project, "lia", 5_000));
			assertEquals(3_000, store.items().assignQueued(other, "ben", 3_000));
			plan = plan(store, DerbyItemStore.ASSIGNED_CANDIDATES, ps -> {
				ps.setLong(1, project);
				ps.setString(2, "lia");
				ps.setInt(3, 4);
			});
			assertTrue(plan.contains("Index Scan ResultSet for QUEUE_ASSIGNMENT"), plan);
			assertFalse(plan.contains("Sort ResultSet"), plan);
			assertFalse(plan.contains("Table Scan"), plan);
			assertEquals(java.util.Map.of("lia", 5_000L), store.items().assignedCounts(project));
			assertEquals(15_000, store.items().unassignedQueued(project));
		}
	}

	@Test
	void theCountsReadAfterEachSubmissionReadOnlyTheirPartOfAnIndex() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("counted", "a")).id();
			addItems(store, project, 20_000);
			List<ItemRecord> task = store.items().claimTask(project, "lia", 9, LEASE);
			for (int i = 0; i < 7; i++) {
				Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
				submission.setItemId(task.get(i).id());
				submission.setLabeler(i < 5 ? "lia" : "ben");
				store.items().submit(project, submission, List.of("a"), SubmissionSource.HUMAN);
			}
			store.items().skip(project, task.get(7).id(), "lia");
			// the training check's count of labeled items: from the labeled part of the queue index
			assertEquals(7, store.items().labeledCount(project));
			assertEquals(store.items().counts(project).labeled(), store.items().labeledCount(project));
			String plan = plan(store, DerbyItemStore.labeledCountSql(project), ps -> {
			});
			assertTrue(plan.contains("using index " + ItemTables.queueIndex(project)), plan);
			assertFalse(plan.contains("Table Scan"), "counting labels must not read every item:\n" + plan);
			assertTrue(plan.contains("Rows seen = 7"), "only the labeled entries are read:\n" + plan);
			// My Progress: a labeler's own labels, from that labeler's part of an index
			assertEquals(5, store.items().labeledBy(project, "lia", null));
			assertEquals(2, store.items().labeledBy(project, "ben", null));
			plan = plan(store, DerbyItemStore.LABELED_BY, ps -> {
				ps.setLong(1, project);
				ps.setString(2, "lia");
				ps.setTimestamp(3, new java.sql.Timestamp(0));
			});
			assertTrue(plan.contains("using index SUBMISSION_LABELER"), plan);
			assertTrue(plan.contains("Rows seen = 5"), "only lia's labels are read:\n" + plan);
		}
	}

	@Test
	void itemsAreServedInRandomOrderAndNeverTwice() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("queue", "a")).id();
			addItems(store, project, 400);
			Set<Long> claimed = ConcurrentHashMap.newKeySet();
			List<Long> order = Collections.synchronizedList(new ArrayList<>());
			ExecutorService labelers = Executors.newFixedThreadPool(4);
			List<Future<Integer>> results = new ArrayList<>();
			for (int l = 0; l < 4; l++) {
				String labeler = "labeler" + l;
				results.add(labelers.submit(() -> {
					int mine = 0;
					for (var task = store.items().claimTask(project, labeler, 3, LEASE); !task.isEmpty();
							task = store.items().claimTask(project, labeler, 3, LEASE)) {
						for (ItemRecord item : task) {
							assertTrue(claimed.add(item.id()), "item " + item.id() + " handed out twice");
							assertEquals(ItemState.IN_TASK, item.state());
							order.add(item.id());
							mine++;
						}
					}
					return mine;
				}));
			}
			int total = 0;
			for (Future<Integer> result : results) {
				total += result.get();
			}
			labelers.shutdown();
			assertEquals(400, total);
			assertEquals(400, claimed.size());
			assertEquals(400, store.items().counts(project).inTask());
			List<Long> sorted = new ArrayList<>(order);
			Collections.sort(sorted);
			assertNotEquals(sorted, order, "the queue is not in file order");
		}
	}

	@Test
	void aShareOfTheQueueGoesToItsLabelerAndNeverToOthers() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("share", "a")).id();
			addItems(store, project, 10_000);
			long start = System.nanoTime();
			assertEquals(4_000, store.items().assignQueued(project, "lia", 4_000));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("BENCH assigned 4000 of 10000 queued items in %.2f s (%.0f items/s)%n", seconds,
					4_000 / seconds);
			Set<Long> others = new java.util.HashSet<>();
			for (var task = store.items().claimTask(project, "ben", 9, LEASE); !task.isEmpty();
					task = store.items().claimTask(project, "ben", 9, LEASE)) {
				task.forEach(item -> others.add(item.id()));
			}
			assertEquals(6_000, others.size(), "ben gets exactly the unassigned items");
			List<ItemRecord> hers = store.items().claimTask(project, "lia", 9, LEASE);
			assertEquals(9, hers.size());
			hers.forEach(item -> assertFalse(others.contains(item.id())));
			assertEquals(java.util.Map.of("lia", 3_991L), store.items().assignedCounts(project));
		}
	}

	static void addItems(Store store, long project, int n) {
		try (ItemWriter writer = store.items().writer(project)) {
			for (int i = 0; i < n; i++) {
				writer.add("img/" + i + ".jpg");
			}
			writer.commit();
		}
	}

	private interface Parameters {
		void set(PreparedStatement ps) throws Exception;
	}

	/** @return Derby's runtime statistics for a statement, run and rolled back */
	private static String plan(Store store, String sql, Parameters parameters) throws Exception {
		try (Connection c = ((DerbyStore) store).connect()) {
			try (Statement s = c.createStatement()) {
				s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
			}
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				parameters.set(ps);
				if (ps.execute()) {
					try (ResultSet rs = ps.getResultSet()) {
						while (rs.next()) {
							// drain: statistics are complete once the result set is read
						}
					}
				}
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
				rs.next();
				return rs.getString(1);
			} finally {
				c.rollback();
			}
		}
	}
}
