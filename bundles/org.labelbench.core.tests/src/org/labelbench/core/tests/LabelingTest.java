package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labelbench.core.Labeling;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;

class LabelingTest extends WorkspaceFixture {

	@Test
	void tasksHandOutQueuedItemsOnceInTheirSizes() throws Exception {
		create("grid", "image-multiclass", images("img", 10), "cat", "dog");
		List<ItemRecord> first = labeling().claimTask("grid", "ana", 4, Labeling.DEFAULT_LEASE);
		List<ItemRecord> second = labeling().claimTask("grid", "ben", 9, Labeling.DEFAULT_LEASE);
		assertEquals(4, first.size());
		assertEquals(6, second.size(), "only six were left");
		assertTrue(labeling().claimTask("grid", "cid", 1, Labeling.DEFAULT_LEASE).isEmpty());
		assertEquals(10, workspace.projects().status("grid").items().inTask());
		assertEquals("a task has 1 to 9 items, not 10", assertThrows(InvalidInputException.class,
				() -> labeling().claimTask("grid", "ana", 10, Labeling.DEFAULT_LEASE)).getMessage());
	}

	@Test
	void anUnsubmittedTaskReturnsToTheQueueAfterItsLease() throws Exception {
		create("lease", "image-multiclass", images("img", 2), "cat");
		List<ItemRecord> task = labeling().claimTask("lease", "ana", 2, Duration.ofMillis(200));
		assertEquals(2, task.size());
		Thread.sleep(400);
		List<ItemRecord> again = labeling().claimTask("lease", "ben", 2, Duration.ofMillis(200));
		assertEquals(ids(task), ids(again), "the expired task is handed out again");
	}

	@Test
	void theQueueOrderIsFixedByTheProjectSeed() throws Exception {
		create("seeded", "image-multiclass", images("img", 30), "cat");
		List<Long> first = ids(labeling().claimTask("seeded", "ana", 9, Labeling.DEFAULT_LEASE));
		workspace.store().items().requeueAll(workspace.projects().get("seeded").id(), false);
		assertEquals(first, ids(labeling().claimTask("seeded", "ana", 9, Labeling.DEFAULT_LEASE)));
		List<Long> sorted = new ArrayList<>(first);
		sorted.sort(null);
		assertTrue(!sorted.equals(first), "random, not file order: " + first);
	}

	@Test
	void submittedLabelsAreCountedAndReplaceEarlierOnes() throws Exception {
		create("pets", "image-multiclass", images("img", 3), "cat", "dog");
		ItemRecord saved = labeling().submit("pets", "img000.png", annotations(label("cat")), "ana");
		assertEquals(ItemState.LABELED, saved.state());
		labeling().submit("pets", "img001.png", annotations(label("cat")), "ana");
		labeling().submit("pets", "img001.png", annotations(label("dog")), "ben");
		ProjectStatus status = workspace.projects().status("pets");
		assertEquals(2, status.items().labeled());
		assertEquals(Map.of("cat", 1L, "dog", 1L), status.labels());
		long relabeled = workspace.store().items().findByLocation(status.id(), "img001.png").orElseThrow().id();
		var current = workspace.store().items().currentSubmission(status.id(), relabeled).orElseThrow();
		assertEquals("dog", current.getAnnotations().get(0).getClassName());
		assertEquals("ben", current.getLabeler());
	}

	@Test
	void invalidLabelsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
		create("pets", "image-multiclass", images("img", 1), "cat", "dog");
		assertRefused("item 'img000.png': Image classification (multi-class) takes exactly one class, not 2",
				() -> labeling().submit("pets", "img000.png", annotations(label("cat"), label("dog")), "ana"));
		assertRefused("item 'img000.png': annotation 1 has class 'cow', which is not a class of project 'pets'",
				() -> labeling().submit("pets", "img000.png", annotations(label("cow")), "ana"));
		assertRefused("project 'pets' has no item 'nope.png'",
				() -> labeling().submit("pets", "nope.png", annotations(label("cat")), "ana"));
		assertEquals(0, workspace.projects().status("pets").items().labeled());
	}

	@Test
	void boxesMustHaveASizeAndLieInsideTheImage() throws Exception {
		create("cars", "image-bbox", images("img", 1), "car");
		assertRefused("item 'img000.png': annotation 1 has size 0.0x10.0; a box needs a positive width and height",
				() -> labeling().submit("cars", "img000.png", annotations(box(5, 5, 0, 10, "car")), "ana"));
		assertRefused("item 'img000.png': annotation 1 (box 40.0,10.0 30.0x10.0) goes outside the 64x48 image",
				() -> labeling().submit("cars", "img000.png", annotations(box(40, 10, 30, 10, "car")), "ana"));
		labeling().submit("cars", "img000.png", annotations(box(0, 0, 64, 48, "car"), box(1.5, 2.5, 3, 4, "car")),
				"ana");
		assertEquals(Map.of("car", 1L), workspace.projects().status("cars").labels());
	}

	@Test
	void polygonsNeedThreeDistinctPointsAnAreaAndToLieInside() throws Exception {
		create("shapes", "image-polygon", images("img", 1), "blob");
		assertRefused("item 'img000.png': annotation 1 has 2 distinct vertices; a polygon needs at least 3",
				() -> labeling().submit("shapes", "img000.png", annotations(polygon("blob", 1, 1, 5, 5, 1, 1)), "ana"));
		assertRefused("item 'img000.png': annotation 1 encloses no area (its vertices lie on a line)",
				() -> labeling().submit("shapes", "img000.png", annotations(polygon("blob", 1, 1, 2, 2, 3, 3)), "ana"));
		assertRefused("item 'img000.png': annotation 1 has vertex 70.0,5.0 outside the 64x48 image",
				() -> labeling().submit("shapes", "img000.png", annotations(polygon("blob", 1, 1, 70, 5, 3, 9)), "ana"));
		labeling().submit("shapes", "img000.png", annotations(polygon("blob", 1, 1, 60, 5, 3, 40)), "ana");
	}

	@Test
	void aSkippedItemIsBackInTheQueueWithTheSkipRecorded() throws Exception {
		create("skips", "image-multilabel", images("img", 2), "a", "b");
		ItemRecord skipped = labeling().skip("skips", "img001.png", "ana");
		assertEquals(ItemState.UNLABELED, skipped.state());
		assertEquals(ItemEventKind.SKIP, skipped.lastEvent());
		assertEquals(1, workspace.projects().status("skips").items().skipped());
		assertEquals("item 'img000.png': at least one class is needed",
				assertThrows(InvalidInputException.class,
						() -> labeling().submit("skips", "img000.png", annotations(), "ana")).getMessage());
	}

	@Test
	void labelingNeedsARunningProject() throws Exception {
		create("paused", "image-multiclass", images("img", 1), "cat");
		workspace.projects().pause("paused");
		assertRefused("project 'paused' is PAUSED; labeling needs it RUNNING",
				() -> labeling().claimTask("paused", "ana", 1, Labeling.DEFAULT_LEASE));
		assertRefused("project 'paused' is PAUSED; labeling needs it RUNNING",
				() -> labeling().submit("paused", "img000.png", annotations(label("cat")), "ana"));
	}

	@Test
	void errorItemsCannotBeLabeled() throws Exception {
		java.nio.file.Path data = images("img", 1);
		java.nio.file.Files.write(data.resolve("zero.png"), new byte[0]);
		create("errors", "image-multiclass", data, "cat");
		assertRefused("item 'zero.png' cannot be labeled: empty file",
				() -> labeling().submit("errors", "zero.png", annotations(label("cat")), "ana"));
	}

	private Labeling labeling() {
		return workspace.labeling();
	}

	private static List<Long> ids(List<ItemRecord> items) {
		return items.stream().map(ItemRecord::id).toList();
	}

	static void assertRefused(String message, org.junit.jupiter.api.function.Executable call) {
		assertEquals(message, assertThrows(InvalidInputException.class, call).getMessage());
	}

	@Test
	void whatTheLabelerDidWithAPrelabelIsRecorded() throws Exception {
		long id = create("pets", "image-multiclass", images("img", 3), "cat", "dog").id();
		List<org.labelbench.store.PendingSubmission> predictions = new ArrayList<>();
		for (String location : List.of("img000.png", "img001.png")) {
			var prediction = F.createSubmission();
			prediction.setItemId(workspace.store().items().findByLocation(id, location).orElseThrow().id());
			prediction.setLabeler("model");
			prediction.setSource(SubmissionSource.PRELABEL);
			var cat = label("cat");
			cat.setConfidence(0.97);
			prediction.getAnnotations().add(cat);
			predictions.add(new org.labelbench.store.PendingSubmission(prediction, List.of("cat"), 0, 0));
		}
		workspace.store().items().submitAll(id, predictions, SubmissionSource.PRELABEL, true);
		labeling().submit("pets", "img000.png", annotations(label("cat")), "ana");
		labeling().submit("pets", "img001.png", annotations(label("dog")), "ana");
		labeling().submit("pets", "img002.png", annotations(label("dog")), "ana");
		assertEquals(SubmissionSource.PRELABEL_ACCEPTED, source(id, "img000.png"), "the prelabel was kept");
		assertEquals(SubmissionSource.PRELABEL_CHANGED, source(id, "img001.png"), "the labeler corrected it");
		assertEquals(SubmissionSource.HUMAN, source(id, "img002.png"), "no prelabel was shown");
	}

	private SubmissionSource source(long project, String location) {
		long item = workspace.store().items().findByLocation(project, location).orElseThrow().id();
		return workspace.store().items().currentSubmission(project, item).orElseThrow().getSource();
	}
}
