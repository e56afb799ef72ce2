package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlJobs;
import org.labelbench.ml.MlJobs.NextTraining;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * A project with ML assistance on trains by itself: nothing before its minimum of labels, a training (featurized,
 * trained, validated, prelabeled; every run recorded) once the labeler reaches it, and the next one after the set
 * number of labels more. Small: 20 labels to start, then every 10.
 */
class AutomaticTrainingTest {

	@TempDir
	Path temp;
	Workspace workspace;
	MlJobs jobs;
	Map<String, String> truth;

	@BeforeEach
	void project() throws Exception {
		truth = SyntheticShapes.write(temp.resolve("shapes"), 50, 64, 5);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		jobs = OsgiServices.get(MlJobs.class);
		MlProjects.create(workspace, "auto", temp.resolve("shapes"));
		MlProjects.settings(workspace, "auto", ml -> {
			ml.setEnabled(true);
			ml.setMinLabelsForTraining(20);
			ml.setRetrainEvery(10);
		});
	}

	@AfterEach
	void close() throws InterruptedException {
		Job.getJobManager().join(MlJobs.family(workspace, "auto"), null);
		workspace.close();
	}

	@Test
	void trainingStartsByItselfAtTheMinimumAndAgainAfterMoreLabels() throws Exception {
		assertEquals(new NextTraining(true, 0, 20, false), jobs.nextTraining(workspace, "auto"));
		MlProjects.label(workspace, "auto", truth, 0, 19);
		Thread.sleep(1_500); // past the trigger's check
		assertTrue(workspace.projects().mlRuns("auto").isEmpty(), "no training before the minimum of labels");
		NextTraining almost = jobs.nextTraining(workspace, "auto");
		assertEquals(19, almost.labels());
		assertEquals(0.95, almost.progress(), 1e-9);

		MlProjects.label(workspace, "auto", truth, 19, 20);
		MlProjects.await("the automatic training and its prelabels", () -> succeeded(MlRunKind.INFERENCE) == 1);
		MlRun training = MlProjects.runs(workspace, "auto", MlRunKind.TRAINING).get(0);
		assertEquals(MlRunStatus.SUCCEEDED, training.getStatus(), training.getMessage());
		assertEquals(20, MlProjects.metric(training, "labels"), "the training says at how many labels it started");
		assertEquals("cpu()", training.getDevice());
		List<MlRun> featurizations = MlProjects.runs(workspace, "auto", MlRunKind.FEATURIZATION);
		// the oldest: the training's images; the grouping of look-alikes after the prelabels featurizes too
		MlRun featurization = featurizations.get(featurizations.size() - 1);
		assertEquals(MlRunStatus.SUCCEEDED, featurization.getStatus(), featurization.getMessage());
		assertEquals(training.getItems(), featurization.getItems(), "the training's images were featurized");
		assertTrue(MlProjects.metric(featurization, "imagesPerSecond") > 0);
		assertEquals(0, MlProjects.metric(featurization, "unreadable"));
		assertEquals(1, succeeded(MlRunKind.VALIDATION));
		MlProjects.await("the training job ended", () -> !jobs.nextTraining(workspace, "auto").pending());
		assertEquals(new NextTraining(true, 20, 30, false), jobs.nextTraining(workspace, "auto"));

		MlProjects.label(workspace, "auto", truth, 20, 29);
		Thread.sleep(1_500);
		assertEquals(1, MlProjects.runs(workspace, "auto", MlRunKind.TRAINING).size(), "not before 10 more labels");
		MlProjects.label(workspace, "auto", truth, 29, 30);
		MlProjects.await("the second training", () -> succeeded(MlRunKind.INFERENCE) == 2);
		List<MlRun> trainings = MlProjects.runs(workspace, "auto", MlRunKind.TRAINING);
		assertEquals(2, trainings.size());
		assertEquals(30, MlProjects.metric(trainings.get(0), "labels"), "the latest first");
		MlProjects.await("the second training job ended", () -> !jobs.nextTraining(workspace, "auto").pending());
		assertEquals(40, jobs.nextTraining(workspace, "auto").needed());
	}

	@Test
	void aProjectWithAssistanceOffTrainsOnlyWhenAsked() throws Exception {
		MlProjects.settings(workspace, "auto", ml -> ml.setEnabled(false));
		MlProjects.label(workspace, "auto", truth, 0, 25);
		Thread.sleep(1_500);
		assertTrue(workspace.projects().mlRuns("auto").isEmpty(), "no training by itself");
		assertFalse(jobs.nextTraining(workspace, "auto").due());

		Job first = jobs.train(workspace, "auto");
		Job second = jobs.train(workspace, "auto");
		assertTrue(first == second, "one training at a time per project: asking again gives the one on its way");
		first.join();
		assertEquals(MlRunStatus.SUCCEEDED, MlProjects.runs(workspace, "auto", MlRunKind.TRAINING).get(0).getStatus());
		assertEquals(1, succeeded(MlRunKind.INFERENCE), "and then it prelabeled");
	}

	@Test
	void aDesktopSetToQueueLeavesItsTrainingToAWorker() throws Exception {
		System.setProperty(MlJobs.TRAINING_PROPERTY, "queue");
		try {
			MlProjects.label(workspace, "auto", truth, 0, 20);
			MlProjects.await("the queued training", () -> !workspace.projects().mlRuns("auto").isEmpty());
		} finally {
			System.clearProperty(MlJobs.TRAINING_PROPERTY);
		}
		MlRun queued = workspace.projects().mlRuns("auto").get(0);
		assertEquals(MlRunStatus.QUEUED, queued.getStatus());
		assertEquals("queued by automatic training at 20 labels", queued.getMessage());
		assertTrue(jobs.nextTraining(workspace, "auto").pending());
		assertEquals(1, workspace.projects().mlRuns("auto").size(), "nothing ran here");

		MlRun ran = jobs.runQueued(workspace, "gpu-box", new org.eclipse.core.runtime.NullProgressMonitor())
				.orElseThrow();
		assertEquals(MlRunStatus.SUCCEEDED, ran.getStatus(), ran.getMessage());
		assertEquals(new NextTraining(true, 20, 30, false), jobs.nextTraining(workspace, "auto"));
	}

	@Test
	void aTrainingLeftRunningByAProcessThatEndedHoldsTheNextOneBackOnlyForAWhile() throws Exception {
		long project = workspace.projects().get("auto").id();
		MlRun left = org.labelbench.model.LabelbenchFactory.eINSTANCE.createMlRun();
		left.setKind(MlRunKind.TRAINING);
		left.setStatus(MlRunStatus.RUNNING);
		left.setStartedAt(new java.util.Date(System.currentTimeMillis() - 30 * 60_000));
		left = workspace.store().mlRuns().add(project, left);
		MlProjects.label(workspace, "auto", truth, 0, 20);
		Thread.sleep(1_500); // past the trigger's check
		assertTrue(jobs.nextTraining(workspace, "auto").pending(), "started half an hour ago: still on its way");
		assertEquals(List.of(left.getId()), workspace.projects().mlRuns("auto").stream().map(MlRun::getId).toList(),
				"so nothing started");
		left.setStartedAt(new java.util.Date(System.currentTimeMillis() - 3 * 3600_000));
		workspace.store().mlRuns().update(project, left);

		assertEquals(new NextTraining(true, 20, 20, false), jobs.nextTraining(workspace, "auto"),
				"three hours: the process that ran it is gone, the training is due");
	}

	private long succeeded(MlRunKind kind) {
		return MlProjects.runs(workspace, "auto", kind).stream().filter(r -> r.getStatus() == MlRunStatus.SUCCEEDED)
				.count();
	}
}
