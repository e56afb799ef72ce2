package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.ComputeDevice;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.MlRunRepository.ClaimedRun;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * The queue an ML worker serves: a desktop queues a training, a worker claims it (never two workers the same one),
 * trains and prelabels, and the run records the device it used; a GPU asked for on a machine without one trains on
 * the CPU and says so; a training that cannot run ends failed with the reason and the worker goes on.
 */
class MlWorkerTest {

	@TempDir
	Path temp;
	Workspace workspace;
	MlJobs jobs;
	Map<String, String> truth;

	@BeforeEach
	void project() throws Exception {
		truth = SyntheticShapes.write(temp.resolve("shapes"), 40, 64, 3);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		jobs = OsgiServices.get(MlJobs.class);
		MlProjects.create(workspace, "queued", temp.resolve("shapes"));
		MlProjects.label(workspace, "queued", truth, 0, 30);
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	@Test
	void aQueuedTrainingIsRunByAWorkerAndRecordsTheDeviceItUsed() {
		MlRun queued = jobs.queueTraining(workspace, "queued", "ana's desktop");
		assertEquals(MlRunStatus.QUEUED, queued.getStatus());
		assertEquals(queued.getId(), jobs.queueTraining(workspace, "queued", "ana's desktop").getId(),
				"queued once: asking again gives the one waiting");
		assertEquals(List.of(queued.getId()), workspace.projects().mlRuns("queued").stream().map(MlRun::getId).toList());
		assertTrue(jobs.nextTraining(workspace, "queued").pending(), "a queued training is on its way");

		MlRun ran = jobs.runQueued(workspace, "worker-1", new NullProgressMonitor()).orElseThrow();

		assertEquals(queued.getId(), ran.getId(), "the queued run is the training's record");
		assertEquals(MlRunKind.TRAINING, ran.getKind());
		assertEquals(MlRunStatus.SUCCEEDED, ran.getStatus(), ran.getMessage());
		assertEquals("cpu()", ran.getDevice());
		assertTrue(ran.getMessage().startsWith("queued by ana's desktop; claimed by worker-1; PyTorch"), ran.getMessage());
		assertTrue(ran.getItems() > 0 && ran.getFinishedAt() != null);
		assertEquals(MlRunStatus.SUCCEEDED, MlProjects.runs(workspace, "queued", MlRunKind.INFERENCE).get(0).getStatus(),
				"the worker prelabeled after training");
		assertTrue(jobs.runQueued(workspace, "worker-1", new NullProgressMonitor()).isEmpty(), "nothing left");
	}

	@Test
	void aGpuAskedForOnAMachineWithoutOneTrainsOnTheCpuAndSaysSo() {
		MlProjects.settings(workspace, "queued", ml -> ml.setDevice(ComputeDevice.GPU));
		jobs.queueTraining(workspace, "queued", "ana");

		MlRun ran = jobs.runQueued(workspace, "worker-1", new NullProgressMonitor()).orElseThrow();

		assertEquals(MlRunStatus.SUCCEEDED, ran.getStatus(), ran.getMessage());
		assertEquals("cpu()", ran.getDevice());
		assertTrue(ran.getMessage().endsWith("GPU asked for, none found: on cpu()"), ran.getMessage());
	}

	@Test
	void aTrainingThatCannotRunEndsFailedWithTheReason() throws Exception {
		MlProjects.create(workspace, "one-class", temp.resolve("shapes"));
		truth.entrySet().stream().filter(e -> e.getValue().equals("circle")).forEach(e -> workspace.labeling()
				.submit("one-class", e.getKey(), List.of(org.labelbench.testsupport.Annotations.label("circle")), "ana"));
		jobs.queueTraining(workspace, "one-class", "ana");

		MlRun failed = jobs.runQueued(workspace, "worker-1", new NullProgressMonitor()).orElseThrow();

		assertEquals(MlRunStatus.FAILED, failed.getStatus());
		assertTrue(failed.getMessage().endsWith("training needs labels of two classes at least"), failed.getMessage());
		assertTrue(failed.getFinishedAt() != null);
	}

	@Test
	void twoWorkersNeverClaimTheSameRun() throws Exception {
		MlRun queued = jobs.queueTraining(workspace, "queued", "ana");
		int workers = 4;
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Optional<ClaimedRun>>> claims = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			String name = "worker-" + w;
			claims.add(pool.submit(() -> {
				start.await();
				return workspace.store().mlRuns().claimQueued(name);
			}));
		}
		start.countDown();
		List<ClaimedRun> claimed = new ArrayList<>();
		for (Future<Optional<ClaimedRun>> claim : claims) {
			claim.get().ifPresent(claimed::add);
		}
		pool.shutdown();
		assertEquals(1, claimed.size(), "one worker got it");
		assertEquals(queued.getId(), claimed.get(0).run().getId());
		MlRun stored = workspace.projects().mlRuns("queued").get(0);
		assertEquals(MlRunStatus.RUNNING, stored.getStatus());
		assertEquals(claimed.get(0).run().getMessage(), stored.getMessage(), "the store names the worker that has it");
	}
}
