package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.core.tests.LabelingTest.assertRefused;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.labelbench.core.LabelMode;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.ItemState;
import org.labelbench.model.ProjectState;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

class ReviewAndChangesTest extends WorkspaceFixture {

	@Test
	void aRejectedItemLosesItsLabelsAndIsBackInTheQueue() throws Exception {
		labeledProject();
		List<ReviewEntry> cats = workspace.review().list("pets", new ReviewFilter("cat", null, null, null), 0, 100);
		assertEquals(List.of("img000.png", "img002.png"), cats.stream().map(ReviewEntry::location).toList());
		assertEquals(List.of("img001.png"), workspace.review().list("pets", new ReviewFilter(null, "ben", null, null), 0,
				100).stream().map(ReviewEntry::location).toList());

		workspace.review().reject("pets", "img002.png", "rita", "that is a dog");

		ProjectStatus status = workspace.projects().status("pets");
		assertEquals(2, status.items().labeled());
		assertEquals(1, status.items().rejected());
		assertEquals(Map.of("cat", 1L, "dog", 1L), status.labels());
		assertEquals(ItemState.UNLABELED,
				workspace.store().items().findByLocation(status.id(), "img002.png").orElseThrow().state());
		assertRefused("item 'img002.png' is not labeled, it is unlabeled",
				() -> workspace.review().reject("pets", "img002.png", "rita", "again"));
		assertRefused("a rejection needs a reason, for the labeler",
				() -> workspace.review().reject("pets", "img000.png", "rita", " "));
	}

	@Test
	void aReviewerOpensAnItemsFileAndSeesTheProjectsMlRuns() throws Exception {
		labeledProject();
		try (InputStream in = workspace.review().open("pets", "img001.png")) {
			assertEquals(64, ImageIO.read(in).getWidth(), "the item's image, read from the data source");
		}
		assertEquals(List.of(), workspace.projects().mlRuns("pets"), "no ML run yet");
		assertRefused("project 'cats' does not exist", () -> workspace.projects().mlRuns("cats"));
	}

	@Test
	void addingClassesWithContinueKeepsTheLabels() throws Exception {
		labeledProject();
		ProjectStatus status = workspace.projects().addLabels("pets", List.of("bird"), LabelMode.CONTINUE);
		assertEquals(List.of("cat", "dog", "bird"), List.copyOf(status.labels().keySet()));
		assertEquals(3, status.items().labeled());
		assertEquals(ProjectState.RUNNING, status.state(), "the project runs again after the change");
		assertEquals(3, workspace.projects().get("pets").project().findLabelClass("bird").getKey());
	}

	@Test
	void restartClearRemovesEveryLabel() throws Exception {
		labeledProject();
		ProjectStatus status = workspace.projects().addLabels("pets", List.of("bird"), LabelMode.RESTART_CLEAR);
		assertEquals(0, status.items().labeled());
		assertEquals(4, status.items().unlabeled());
		assertEquals(Map.of("cat", 0L, "dog", 0L, "bird", 0L), status.labels());
		long item = workspace.store().items().findByLocation(status.id(), "img000.png").orElseThrow().id();
		assertFalse(workspace.store().items().defaultSubmission(status.id(), item).isPresent());
	}

	@Test
	void restartKeepQueuesEverythingWithTheLabelsAsDefaults() throws Exception {
		labeledProject();
		ProjectStatus status = workspace.projects().addLabels("pets", List.of("bird"), LabelMode.RESTART_KEEP);
		assertEquals(0, status.items().labeled());
		long item = workspace.store().items().findByLocation(status.id(), "img000.png").orElseThrow().id();
		assertEquals("cat", workspace.store().items().defaultSubmission(status.id(), item).orElseThrow()
				.getAnnotations().get(0).getClassName());
		assertRefused("project 'pets' has class 'cat' already",
				() -> workspace.projects().addLabels("pets", List.of("cat"), LabelMode.CONTINUE));
	}

	@Test
	void aDeletedProjectIsGoneAndItsNameStaysTaken() throws Exception {
		labeledProject();
		workspace.projects().delete("pets");
		assertTrue(workspace.projects().list().isEmpty());
		assertRefused("project 'pets' does not exist", () -> workspace.projects().status("pets"));
		assertRefused("project name 'pets' is already used",
				() -> create("pets", "image-multiclass", images("again", 1), "cat"));
	}

	@Test
	void instructionsAndRefreshCanChange() throws Exception {
		create("docs", "image-bbox", images("img", 1), "car");
		workspace.projects().setInstructions("docs", "Draw tight boxes.", null);
		assertEquals("Draw tight boxes.", workspace.projects().get("docs").project().getInstructions().getText());
		workspace.projects().setRefresh("docs", java.time.Duration.ofHours(6));
		var refresh = workspace.projects().get("docs").project().getRefresh();
		assertTrue(refresh.isEnabled());
		assertEquals(360, refresh.getIntervalMinutes());
		workspace.projects().setRefresh("docs", null);
		assertFalse(workspace.projects().get("docs").project().getRefresh().isEnabled());
	}

	private void labeledProject() throws Exception {
		create("pets", "image-multiclass", images("img", 4), "cat", "dog");
		workspace.labeling().submit("pets", "img000.png", annotations(label("cat")), "ana");
		workspace.labeling().submit("pets", "img001.png", annotations(label("dog")), "ben");
		workspace.labeling().submit("pets", "img002.png", annotations(label("cat")), "ana");
	}
}
