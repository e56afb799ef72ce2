package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Metric;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

class MlRunRepositoryTest {

	@TempDir
	Path workspace;

	@Test
	void aProjectHasNoRunsUntilOneIsRecorded() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("birds", "owl")).id();
			assertEquals(List.of(), store.mlRuns().list(project));
		}
	}

	@Test
	void runsAreListedLatestFirstWithTheirMetricsAndSurviveReopening() throws Exception {
		long birds;
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			birds = store.projects().create(Stores.project("birds", "owl", "hawk")).id();
			long fish = store.projects().create(Stores.project("fish", "cod")).id();
			MlRun training = store.mlRuns().add(birds, run(MlRunKind.TRAINING, MlRunStatus.SUCCEEDED, 1_000, 0.91));
			store.mlRuns().add(birds, run(MlRunKind.INFERENCE, MlRunStatus.RUNNING, 5_000, -1));
			store.mlRuns().add(fish, run(MlRunKind.TRAINING, MlRunStatus.FAILED, 3_000, -1));
			assertNotEquals(0, training.getId(), "the store gives the run an id");
		}
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			List<MlRun> runs = store.mlRuns().list(birds);
			assertEquals(List.of(MlRunKind.INFERENCE, MlRunKind.TRAINING), runs.stream().map(MlRun::getKind).toList(),
					"only the project's own runs, the latest started first");
			MlRun training = runs.get(1);
			assertEquals(MlRunStatus.SUCCEEDED, training.getStatus());
			assertEquals(new Date(1_000), training.getStartedAt());
			assertEquals("accuracy", training.getMetrics().get(0).getName());
			assertEquals(0.91, training.getMetrics().get(0).getValue(), 1e-9);
			assertTrue(runs.get(0).getMetrics().isEmpty());
		}
	}

	@Test
	void aRunningRunIsUpdatedWhenItFinishesWithItsItemsAndDevice() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long birds = store.projects().create(Stores.project("birds", "owl")).id();
			MlRun running = store.mlRuns().add(birds, run(MlRunKind.TRAINING, MlRunStatus.RUNNING, 1_000, -1));
			running.setStatus(MlRunStatus.SUCCEEDED);
			running.setFinishedAt(new Date(9_000));
			running.setItems(300);
			running.setDevice("cpu()");
			store.mlRuns().update(birds, running);
			List<MlRun> runs = store.mlRuns().list(birds);
			assertEquals(1, runs.size(), "updated, not added");
			assertEquals(MlRunStatus.SUCCEEDED, runs.get(0).getStatus());
			assertEquals(new Date(9_000), runs.get(0).getFinishedAt());
			assertEquals(300, runs.get(0).getItems());
			assertEquals("cpu()", runs.get(0).getDevice());
			running.setId(running.getId() + 1);
			assertThrows(InvalidInputException.class, () -> store.mlRuns().update(birds, running));
		}
	}

	@Test
	void workersClaimQueuedRunsOfEveryProjectOldestFirstEachOnce() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long birds = store.projects().create(Stores.project("birds", "owl")).id();
			long fish = store.projects().create(Stores.project("fish", "cod")).id();
			assertTrue(store.mlRuns().claimQueued("w1").isEmpty(), "nothing queued");
			store.mlRuns().add(birds, run(MlRunKind.TRAINING, MlRunStatus.SUCCEEDED, 1_000, -1));
			MlRun first = queued(store, fish, "queued by ana");
			MlRun second = queued(store, birds, null);

			var claimed = store.mlRuns().claimQueued("w1").orElseThrow();
			assertEquals(fish, claimed.projectId());
			assertEquals(first.getId(), claimed.run().getId(), "the oldest queued run first");
			assertEquals(MlRunStatus.RUNNING, claimed.run().getStatus());
			assertEquals("queued by ana; claimed by w1", claimed.run().getMessage());
			MlRun stored = store.mlRuns().list(fish).get(0);
			assertEquals(MlRunStatus.RUNNING, stored.getStatus(), "the claim is stored");
			assertTrue(stored.getStartedAt() != null, "started when claimed");
			assertEquals(second.getId(), store.mlRuns().claimQueued("w2").orElseThrow().run().getId());
			assertTrue(store.mlRuns().claimQueued("w3").isEmpty(), "each run is claimed once");
		}
	}

	private static MlRun queued(Store store, long project, String message) {
		MlRun run = LabelbenchFactory.eINSTANCE.createMlRun();
		run.setKind(MlRunKind.TRAINING);
		run.setStatus(MlRunStatus.QUEUED);
		run.setMessage(message);
		return store.mlRuns().add(project, run);
	}

	private static MlRun run(MlRunKind kind, MlRunStatus status, long startedAt, double accuracy) {
		MlRun run = LabelbenchFactory.eINSTANCE.createMlRun();
		run.setKind(kind);
		run.setStatus(status);
		run.setStartedAt(new Date(startedAt));
		if (accuracy >= 0) {
			Metric metric = LabelbenchFactory.eINSTANCE.createMetric();
			metric.setName("accuracy");
			metric.setValue(accuracy);
			run.getMetrics().add(metric);
		}
		return run;
	}
}
