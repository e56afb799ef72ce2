package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/** Training as an Eclipse job: in the background, canceled when asked, and refused when it cannot learn. */
class TrainingJobTest {

	@TempDir
	Path temp;
	Workspace workspace;
	MlAssist assist;

	@BeforeEach
	void project() throws Exception {
		Map<String, String> truth = SyntheticShapes.write(temp.resolve("shapes"), 60, 64, 11);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		assist = OsgiServices.get(MlAssist.class);
		workspace.projects().create(new ProjectSpec("small", "image-multiclass", temp.resolve("shapes"),
				SyntheticShapes.CLASSES, null, null), new NullProgressMonitor());
		truth.entrySet().stream().limit(50).forEach(e -> workspace.labeling().submit("small", e.getKey(),
				List.of(Annotations.label(e.getValue())), "ana"));
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	@Test
	void aCanceledTrainingStopsAndItsRunSaysSo() throws Exception {
		Job job = assist.trainAndPrelabelJob(workspace, "small");
		job.schedule();
		long deadline = System.currentTimeMillis() + 60_000;
		while (workspace.projects().mlRuns("small").isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		job.cancel();
		assertTrue(job.join(60_000, null), "the job ends soon after the cancel");
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		List<MlRun> runs = workspace.projects().mlRuns("small");
		assertEquals(1, runs.size(), "no validation or inference after a canceled training");
		assertEquals(MlRunKind.TRAINING, runs.get(0).getKind());
		assertEquals(MlRunStatus.CANCELED, runs.get(0).getStatus());
		assertTrue(runs.get(0).getFinishedAt() != null);
	}

	@Test
	void projectsItCannotLearnFromAreRefusedWithTheReason() {
		InvalidInputException noClassifier = org.junit.jupiter.api.Assertions.assertThrows(
				InvalidInputException.class, () -> assist.prelabel(workspace, "small", new NullProgressMonitor()));
		assertEquals("project 'small' has no trained classifier yet: train one first", noClassifier.getMessage());
		workspace.projects().create(new ProjectSpec("polygons", "image-polygon", temp.resolve("shapes"),
				List.of("a"), null, null), new NullProgressMonitor());
		assertEquals("ML assistance trains on image-multiclass, image-bbox, text-multiclass and text-multilabel projects so"
				+ " far; 'polygons' is image-polygon",
				org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
						() -> assist.train(workspace, "polygons", new NullProgressMonitor())).getMessage());
		workspace.projects().create(new ProjectSpec("boxes", "image-bbox", temp.resolve("shapes"), List.of("a"), null,
				null), new NullProgressMonitor());
		assertEquals("project 'boxes' has 0 labeled images with 0 boxes; training needs boxes on two labeled images"
				+ " at least", org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
						() -> assist.train(workspace, "boxes", new NullProgressMonitor())).getMessage());
		assertEquals("project 'boxes' has no trained detector yet: train one first",
				org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
						() -> assist.prelabel(workspace, "boxes", new NullProgressMonitor())).getMessage());
		assertTrue(workspace.projects().mlRuns("small").isEmpty(), "nothing ran");
		assertTrue(workspace.projects().mlRuns("boxes").isEmpty(), "nothing ran");
	}
}
