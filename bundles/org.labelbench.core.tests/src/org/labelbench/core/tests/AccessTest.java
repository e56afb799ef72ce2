package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.LabelMode;
import org.labelbench.core.Labeling;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.Role;
import org.labelbench.store.ConcurrentChangeException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.Member;
import org.labelbench.store.PermissionDeniedException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreLocation;
import org.junit.jupiter.api.function.Executable;

/**
 * Roles enforced by the services themselves: the same workspace opened as the administrator (its first user, the
 * operating-system user), a labeler, a reviewer and a stranger.
 */
class AccessTest extends WorkspaceFixture {

	private final List<Workspace> others = new ArrayList<>();

	@BeforeEach
	void project() throws Exception {
		create("pets", "image-multiclass", images("img", 6), "cat", "dog");
		create("secret", "image-multiclass", images("other", 2), "cat");
		workspace.members().add("pets", "lia", Role.LABELER);
		workspace.members().add("pets", "rex", Role.REVIEWER);
	}

	@AfterEach
	void closeOthers() {
		others.forEach(Workspace::close);
	}

	private Workspace as(String user) throws Exception {
		Workspace other = Services.get(WorkspaceService.class)
				.open(StoreLocation.workspace(temp.resolve("ws")).as(user));
		others.add(other);
		return other;
	}

	@Test
	void theFirstUserOfAFreshWorkspaceAdministersItAndLaterOnesDoNot() throws Exception {
		assertEquals(StoreLocation.osUser(), workspace.access().user());
		assertTrue(workspace.access().isAdmin());
		assertFalse(as("lia").access().isAdmin());
		assertEquals(List.of(new Member("lia", Role.LABELER), new Member("rex", Role.REVIEWER)),
				workspace.members().list("pets"));
	}

	@Test
	void aLabelerLabelsButCannotExportChangeClassesOrSeeOtherProjects() throws Exception {
		Workspace lia = as("lia");
		List<ItemRecord> task = lia.labeling().claimTask("pets", "lia", 1, Labeling.DEFAULT_LEASE);
		assertEquals(1, task.size());
		lia.labeling().submit("pets", task.get(0).location(), annotations(label("cat")), "lia");
		assertEquals(1, workspace.projects().status("pets").items().labeled());

		Path out = temp.resolve("pets.json");
		assertDenied("user 'lia' may not export project 'pets': a labeler labels only",
				() -> lia.exports().export(new ExportRequest("pets", "coco", out, false, false), new NullProgressMonitor()));
		assertFalse(Files.exists(out), "nothing was written");
		assertDenied("user 'lia' may not change the classes of project 'pets': a labeler labels only",
				() -> lia.projects().addLabels("pets", List.of("bird"), LabelMode.CONTINUE));
		assertEquals(List.of("cat", "dog"), classes(workspace.projects().get("pets")));
		assertDenied("user 'lia' may not change the instructions of project 'pets': a labeler labels only",
				() -> lia.projects().setInstructions("pets", "anything", null));
		assertDenied("user 'lia' may not pause project 'pets': a labeler labels only",
				() -> lia.projects().pause("pets"));
		assertDenied("user 'lia' may not review project 'pets': a labeler labels only",
				() -> lia.review().list("pets", org.labelbench.store.ReviewFilter.ALL, 0, 10));
		assertDenied("user 'lia' may not see project 'secret': not a member of it",
				() -> lia.projects().status("secret"));
		assertDenied("user 'lia' may not create projects: only administrators of the workspace may",
				() -> lia.projects().create(new org.labelbench.core.ProjectSpec("mine", "image-multiclass",
						temp.resolve("img"), List.of("x"), null, null), new NullProgressMonitor()));
		assertEquals(List.of("pets"), lia.projects().list().stream().map(ProjectStatus::name).toList());
		assertDenied("user 'lia' may not act as 'ana' in project 'pets'",
				() -> lia.labeling().claimTask("pets", "ana", 1, Labeling.DEFAULT_LEASE));
		assertDenied("user 'lia' may not add members to project 'pets': a labeler labels only",
				() -> lia.members().add("pets", "lia", Role.ADMIN));
	}

	@Test
	void aNonMemberCannotClaimAndNothingChanges() throws Exception {
		Workspace nox = as("nox");
		assertDenied("user 'nox' may not label project 'pets': not a member of it",
				() -> nox.labeling().claimTask("pets", "nox", 1, Labeling.DEFAULT_LEASE));
		assertDenied("user 'nox' may not label project 'pets': not a member of it",
				() -> nox.labeling().submit("pets", "img000.png", annotations(label("cat")), "nox"));
		ProjectStatus status = workspace.projects().status("pets");
		assertEquals(0, status.items().inTask());
		assertEquals(0, status.items().labeled());
		assertTrue(nox.projects().list().isEmpty());
	}

	@Test
	void aReviewerRejectsButDoesNotLabel() throws Exception {
		workspace.labeling().submit("pets", "img000.png", annotations(label("cat")), "ana");
		Workspace rex = as("rex");
		assertEquals(1, rex.review().list("pets", org.labelbench.store.ReviewFilter.ALL, 0, 10).size());
		rex.review().reject("pets", "img000.png", "rex", "a fox");
		assertEquals(1, workspace.projects().status("pets").items().rejected());
		assertDenied("user 'rex' may not label project 'pets': a reviewer reviews and rejects only",
				() -> rex.labeling().claimTask("pets", "rex", 1, Labeling.DEFAULT_LEASE));
	}

	@Test
	void assignedItemsGoToTheirLabelerFirstAndToNobodyElse() throws Exception {
		workspace.members().add("pets", "ben", Role.LABELER);
		assertEquals(2, workspace.assignments().assign("pets", List.of("img001.png", "img004.png"), "lia"));
		assertEquals(2L, workspace.assignments().queued("pets").get("lia"));
		assertEquals(4L, workspace.assignments().queued("pets").get(""));

		Set<String> ben = locations(as("ben").labeling().claimTask("pets", "ben", 9, Labeling.DEFAULT_LEASE));
		assertEquals(Set.of("img000.png", "img002.png", "img003.png", "img005.png"), ben, "never lia's items");
		Workspace lia = as("lia");
		assertEquals(Set.of("img001.png", "img004.png"),
				locations(lia.labeling().claimTask("pets", "lia", 2, Labeling.DEFAULT_LEASE)));
		lia.labeling().skip("pets", "img004.png", "lia");
		assertTrue(as("ben").labeling().claimTask("pets", "ben", 9, Labeling.DEFAULT_LEASE).isEmpty(),
				"a skipped assigned item goes back to its labeler, not to others");
		assertEquals(Set.of("img004.png"), locations(lia.labeling().claimTask("pets", "lia", 9, Labeling.DEFAULT_LEASE)));

		assertDenied("user 'lia' may not assign items of project 'pets': a labeler labels only",
				() -> lia.assignments().assignNext("pets", "lia", 1));
		assertEquals("user 'rex' cannot be assigned items of project 'pets': a reviewer does not label; add them with:"
				+ " member add pets rex --role labeler", assertThrows(org.labelbench.store.InvalidInputException.class,
						() -> workspace.assignments().assign("pets", List.of("img000.png"), "rex")).getMessage());
	}

	@Test
	void aShareOfTheQueueIsAssignedInQueueOrder() throws Exception {
		create("many", "image-multiclass", images("many", 20), "cat");
		workspace.members().add("many", "lia", Role.LABELER);
		assertEquals(5, workspace.assignments().assignShare("many", "lia", 0.25));
		assertEquals(5L, workspace.assignments().queued("many").get("lia"));
		assertEquals(15L, workspace.assignments().queued("many").get(""));
		assertEquals(5, as("lia").labeling().claimTask("many", "lia", 5, Labeling.DEFAULT_LEASE).size());
		assertEquals(0L, workspace.assignments().queued("many").getOrDefault("lia", 0L), "her five were served first");
		assertEquals(15L, workspace.assignments().queued("many").get(""));
	}

	@Test
	void concurrentEditsOfProjectSettingsAreDetectedNotOverwritten() throws Exception {
		ProjectRecord mine = workspace.projects().get("pets");
		ProjectRecord theirs = as("root2").store().projects().find("pets").orElseThrow();
		mine.project().setItemLimit(100);
		workspace.store().projects().update(mine);
		theirs.project().setItemLimit(7);
		ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
				() -> workspace.store().projects().update(theirs));
		assertTrue(e.getMessage().startsWith("project 'pets' was changed by someone else meanwhile"), e.getMessage());
		assertEquals(100, workspace.projects().get("pets").project().getItemLimit(), "the first change stays");
	}

	private static List<String> classes(ProjectRecord record) {
		return record.project().getLabelClasses().stream().map(c -> c.getName()).toList();
	}

	private static Set<String> locations(List<ItemRecord> items) {
		Set<String> locations = new HashSet<>();
		items.forEach(i -> locations.add(i.location()));
		return locations;
	}

	private static void assertDenied(String message, Executable executable) {
		assertEquals(message, assertThrows(PermissionDeniedException.class, executable).getMessage());
	}
}
