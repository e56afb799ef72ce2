package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.Verification;
import org.labelbench.core.Verification.Failure;
import org.labelbench.model.ItemState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.ImageFixtures.Fixture;

/** Verification decodes every item and takes exactly the broken ones out of the queue, with their reasons. */
class VerificationTest extends WorkspaceFixture {

	/** @return a folder with every image fixture, good and broken */
	private Path mixedFolder() throws Exception {
		Path data = temp.resolve("mixed");
		for (Fixture fixture : ImageFixtures.all()) {
			ImageFixtures.copy(fixture.file(), data.resolve(fixture.broken() ? "broken" : "good"));
		}
		return data;
	}

	private Verification.Result verify(String project, boolean update, List<Failure> failures) {
		return workspace.verification().verify(project, update, failures::add, new NullProgressMonitor());
	}

	@Test
	void reportsExactlyTheBrokenItemsAndTakesThemOutOfTheQueue() throws Exception {
		Path data = mixedFolder();
		Files.write(data.resolve("empty.png"), new byte[0]);
		create("mixed", "image-bbox", data, "lesion");
		long good = ImageFixtures.all().stream().filter(f -> !f.broken()).count();
		List<Failure> failures = new ArrayList<>();
		Verification.Result result = verify("mixed", true, failures);

		Map<String, String> expected = new LinkedHashMap<>();
		ImageFixtures.all().stream().filter(Fixture::broken).forEach(f -> expected.put("broken/" + f.file(), f.error()));
		expected.put("empty.png", "empty file");
		Map<String, String> reported = new LinkedHashMap<>();
		failures.forEach(f -> reported.put(f.location(), f.reason()));
		assertEquals(expected.keySet(), reported.keySet(), "the broken items and no others");
		expected.forEach((item, phrase) -> assertTrue(reported.get(item).contains(phrase), item + ": " + reported.get(item)));
		assertEquals(good, result.decoded());
		assertEquals(expected.size(), result.failed());
		assertEquals(expected.size() - 1, result.markedError(), "the empty file was in error since the scan");

		var status = workspace.projects().status("mixed");
		assertEquals(expected.size(), status.items().error());
		ItemRecord truncated = workspace.store().items().findByLocation(status.id(), "broken/truncated.jpg").orElseThrow();
		assertEquals(ItemState.ERROR, truncated.state());
		assertEquals(reported.get("broken/truncated.jpg"), truncated.errorReason());
		List<ItemRecord> task = workspace.labeling().claimTask("mixed", "ana", 9, Duration.ofMinutes(5));
		while (!task.isEmpty()) {
			task.forEach(item -> assertTrue(item.location().startsWith("good/"), "served " + item.location()));
			task = workspace.labeling().claimTask("mixed", "ana", 9, Duration.ofMinutes(5));
		}
	}

	@Test
	void itemsThatDecodeAgainReturnToTheQueueAndLabeledOnesKeepTheirLabels() throws Exception {
		Path data = temp.resolve("data");
		ImageFixtures.copy("rgb.png", data);
		ImageFixtures.copy("MR_small.dcm", data);
		create("scans", "image-multiclass", data, "normal");
		workspace.labeling().submit("scans", "MR_small.dcm", annotations(label("normal")), "ana");
		Files.write(data.resolve("MR_small.dcm"), new byte[] { 1, 2, 3 });
		Files.write(data.resolve("rgb.png"), new byte[] { 1, 2, 3 });

		List<Failure> failures = new ArrayList<>();
		Verification.Result broken = verify("scans", true, failures);
		assertEquals(2, broken.failed());
		assertEquals(1, broken.markedError(), "the labeled item keeps its state");
		assertEquals(ItemState.LABELED, failures.get(0).state());
		assertEquals("MR_small.dcm", failures.get(0).location());
		assertEquals(1, workspace.projects().status("scans").items().labeled());

		Files.delete(data.resolve("rgb.png"));
		ImageFixtures.copy("rgb.png", data);
		Verification.Result mended = verify("scans", true, new ArrayList<>());
		assertEquals(1, mended.requeued());
		assertEquals(0, workspace.projects().status("scans").items().error());
		assertEquals(List.of("rgb.png"), workspace.labeling().claimTask("scans", "ana", 9, Duration.ofMinutes(5))
				.stream().map(ItemRecord::location).toList(), "back in the queue, and labelers get it");
	}

	@Test
	void aDryRunChangesNothing() throws Exception {
		Path data = temp.resolve("data");
		ImageFixtures.copy("truncated.png", data);
		create("dry", "image-multiclass", data, "a");
		List<Failure> failures = new ArrayList<>();
		assertEquals(1, verify("dry", false, failures).failed());
		assertEquals(ItemState.UNLABELED, failures.get(0).state());
		assertEquals(0, workspace.projects().status("dry").items().error());
	}

	@Test
	void onlyImageProjectsAreVerified() throws Exception {
		Path csv = Files.writeString(temp.resolve("t.csv"), "text\nhello\n");
		workspace.projects().create(new org.labelbench.core.ProjectSpec("texts", "text-multiclass", csv, null, "text",
				List.of("a"), null, null, null), new NullProgressMonitor());
		assertEquals("project 'texts' holds text; verify decodes the items of image projects",
				assertThrows(InvalidInputException.class, () -> verify("texts", true, new ArrayList<>())).getMessage());
		assertEquals("project 'nope' does not exist",
				assertThrows(InvalidInputException.class, () -> verify("nope", true, new ArrayList<>())).getMessage());
	}
}
