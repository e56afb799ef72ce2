package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * Look-alikes served together: after 300 labels of synthetic shapes, the classifier's embeddings group the 1,000
 * unlabeled items, and the tasks of 9 that the real queue hands out are mostly of one shape.
 */
class ClusteredTasksTest {

	static final int LABELED = 300;
	static final int UNLABELED = 1000;

	@TempDir
	Path temp;

	@Test
	void tasksOfNineFromTheQueueShowLookAlikes() throws Exception {
		Map<String, String> truth = SyntheticShapes.write(temp.resolve("shapes"), LABELED + UNLABELED, 64, 23);
		MlAssist assist = OsgiServices.get(MlAssist.class);
		try (Workspace workspace = OsgiServices.get(WorkspaceService.class)
				.open(StoreLocation.workspace(temp.resolve("ws")))) {
			MlProjects.create(workspace, "grid", temp.resolve("shapes"));
			MlProjects.settings(workspace, "grid", settings -> settings.setAnyOrientation(true));
			MlProjects.label(workspace, "grid", truth, 0, LABELED);
			assist.train(workspace, "grid", new NullProgressMonitor());
			long start = System.nanoTime();
			MlAssist.Clustering clustering = assist.cluster(workspace, "grid", new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;

			assertEquals(UNLABELED, clustering.embedded());
			assertEquals(UNLABELED, clustering.moved());
			MlRun run = workspace.projects().mlRuns("grid").get(0);
			assertEquals(MlRunKind.FEATURIZATION, run.getKind());
			assertEquals(MlRunStatus.SUCCEEDED, run.getStatus(), run.getMessage());
			assertEquals(UNLABELED, run.getItems());
			assertEquals("cpu()", run.getDevice());
			assertTrue(run.getMetrics().stream().anyMatch(m -> m.getName().equals("clusters")
					&& m.getValue() == clustering.clusters()), "the run has the number of clusters");

			double purity = TaskPurity.of(claimAll(workspace, "grid"), truth::get);
			System.out.printf(Locale.ROOT, "ML clusters: %d groups of %d items in %.1f s; purity of tasks of 9 %.3f%n",
					clustering.clusters(), clustering.embedded(), seconds, purity);
			assertTrue(purity >= 0.8, "purity " + purity);
		}
	}

	/** @return the tasks of 9 the queue hands out until it is empty, as the items' locations */
	static List<List<String>> claimAll(Workspace workspace, String project) {
		List<List<String>> tasks = new ArrayList<>();
		for (List<ItemRecord> task = workspace.labeling().claimTask(project, "ben", 9, Duration.ofMinutes(5)); !task
				.isEmpty(); task = workspace.labeling().claimTask(project, "ben", 9, Duration.ofMinutes(5))) {
			tasks.add(task.stream().map(ItemRecord::location).toList());
		}
		return tasks;
	}

	/** The mean majority-class share of tasks. */
	static final class TaskPurity {
		private TaskPurity() {
		}

		static double of(List<List<String>> tasks, java.util.function.Function<String, String> classOf) {
			double sum = 0;
			for (List<String> task : tasks) {
				Map<String, Integer> counts = new HashMap<>();
				task.forEach(item -> counts.merge(classOf.apply(item), 1, Integer::sum));
				sum += (double) counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / task.size();
			}
			return sum / tasks.size();
		}
	}
}
