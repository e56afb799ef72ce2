package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Verification;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.BadInputCorpus;
import org.labelbench.testsupport.BadInputCorpus.Broken;

/**
 * The generated bad-input corpus ({@link BadInputCorpus}) as a user's data: every broken file or row is an item error
 * with a reason that names what is wrong, and every good one beside it, whatever its name, is served and labeled.
 */
class BadInputCorpusTest extends WorkspaceFixture {

	@Test
	void brokenImagesAreNamedWithTheirReasonAndOddlyNamedGoodOnesAreLabeled() throws Exception {
		Path data = temp.resolve("corpus");
		List<Broken> broken = BadInputCorpus.images(data);
		ProjectStatus status = create("corpus", "image-multiclass", data, "good", "bad");
		assertEquals(broken.size() + BadInputCorpus.goodImages().size(), status.items().total());

		List<Verification.Failure> failures = new ArrayList<>();
		workspace.verification().verify("corpus", true, failures::add, new NullProgressMonitor());

		Map<String, String> reported = new TreeMap<>();
		failures.forEach(f -> reported.put(f.location(), f.reason()));
		assertEquals(broken.stream().map(Broken::location).toList(), List.copyOf(reported.keySet()),
				"exactly the broken files fail: " + reported);
		for (Broken b : broken) {
			String reason = reported.get(b.location());
			assertTrue(!reason.isBlank() && reason.contains(b.reason()), b.location() + ": " + reason);
			ItemRecord item = workspace.store().items().findByLocation(status.id(), b.location()).orElseThrow();
			assertEquals(ItemState.ERROR, item.state(), b.location());
		}

		workspace.projects().run("corpus");
		List<String> labeled = new ArrayList<>();
		List<ItemRecord> task = workspace.labeling().claimTask("corpus", "ana", 4, Duration.ofMinutes(5));
		while (!task.isEmpty()) {
			for (ItemRecord item : task) {
				workspace.labeling().submit("corpus", item.location(), annotations(label("good")), "ana");
				labeled.add(item.location());
			}
			task = workspace.labeling().claimTask("corpus", "ana", 4, Duration.ofMinutes(5));
		}
		assertEquals(BadInputCorpus.goodImages(), labeled.stream().sorted().toList(),
				"every good file is served once under its own name");
		assertEquals(BadInputCorpus.goodImages().size(), workspace.projects().status("corpus").items().labeled());
	}

	@Test
	void eachCsvRowIsItsTextOrAnErrorNamingTheRow() throws Exception {
		Path file = temp.resolve("corpus.csv");
		Map<String, String> expected = BadInputCorpus.csv(file);
		ProjectStatus status = workspace.projects().create(new ProjectSpec("rows", "text-multiclass", file, null,
				"text", List.of("a", "b"), null, null, null), new NullProgressMonitor()).status();

		Map<String, String> seen = new LinkedHashMap<>();
		for (ItemRecord item : workspace.store().items().page(status.id(), 0, 100)) {
			seen.put(item.location(), item.state() == ItemState.ERROR ? "!" + item.errorReason()
					: workspace.store().items().text(status.id(), item.id()).orElseThrow());
		}
		assertEquals(expected.keySet(), seen.keySet());
		expected.forEach((row, text) -> {
			String got = seen.get(row);
			assertTrue(text.startsWith("!") ? got.startsWith(text) : got.equals(text),
					"row " + row + ": " + (got.length() > 80 ? got.substring(0, 80) + "..." : got));
		});

		workspace.projects().run("rows");
		workspace.labeling().submit("rows", "8", annotations(label("a")), "ana");
		workspace.labeling().submit("rows", "11", annotations(label("a")), "ana");
		workspace.labeling().submit("rows", "4", annotations(label("b")), "ana");
		assertEquals(3, workspace.projects().status("rows").items().labeled(), "the long, two-line and unicode rows");
	}
}
