package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.ml.ClassifierEngine;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlAssist.Prediction;
import org.labelbench.ml.MlAssist.Training;
import org.labelbench.ml.TextClassifierEngine;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.ml.internal.MlAssistService;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlModelRepository.StoredModel;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * A project's classifier is kept in the store: reloaded by another process it predicts the same, a new training
 * replaces it, damaged files are refused naming the project, and a classifier an older Labelbench kept in the
 * workspace folder is still used (and moved into the store). Trained for one epoch: the model's quality is not the
 * point here.
 */
class StoredModelsTest {

	@TempDir
	Path temp;
	Workspace workspace;
	MlAssist assist;
	Map<String, String> truth;
	List<String> items;
	long projectId;

	@BeforeEach
	void project() throws Exception {
		truth = SyntheticShapes.write(temp.resolve("shapes"), 24, 64, 5);
		items = truth.keySet().stream().sorted().limit(6).toList();
		workspace = open(temp.resolve("ws"));
		assist = quickAssist();
		MlProjects.create(workspace, "kept", temp.resolve("shapes"));
		MlProjects.label(workspace, "kept", truth, 0, 20);
		projectId = workspace.projects().get("kept").id();
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	@Test
	void aTrainedClassifierIsReloadedFromTheStoreByAnotherProcessAndReplacedByTheNextTraining() throws Exception {
		Training training = assist.train(workspace, "kept", new NullProgressMonitor());
		StoredModel stored = workspace.store().mlModels().latest(projectId, "classifier").orElseThrow();
		assertEquals(training.validation().getId(), stored.validationRun(), "kept with the thresholds it validated");
		assertTrue(stored.thresholds().contains("threshold.0="), stored.thresholds());
		long start = System.nanoTime();
		List<Prediction> here = assist.classify(workspace, "kept", items, new NullProgressMonitor());
		long unpacked = System.nanoTime();
		assist.classify(workspace, "kept", items, new NullProgressMonitor());
		System.out.printf("BENCH stored classifier: %d bytes; classify 6 items %.0f ms unpacking it, %.0f ms cached%n",
				stored.size(), (unpacked - start) / 1e6, (System.nanoTime() - unpacked) / 1e6);
		workspace.close();

		workspace = open(temp.resolve("ws"));
		List<Prediction> elsewhere = quickAssist().classify(workspace, "kept", items, new NullProgressMonitor());
		assertEquals(here, elsewhere, "the same classifier with the same thresholds");
		assertFalse(Files.exists(temp.resolve("ws/ml")), "nothing is kept in the workspace folder any more");

		assist.train(workspace, "kept", new NullProgressMonitor());
		StoredModel next = workspace.store().mlModels().latest(projectId, "classifier").orElseThrow();
		assertNotEquals(stored.id(), next.id());
		assertFalse(workspace.store().mlModels().copyFiles(stored, temp.resolve("old.zip")), "the old one is gone");
	}

	@Test
	void damagedStoredFilesAreRefusedNamingTheProjectAndRecordNothing() throws Exception {
		assist.train(workspace, "kept", new NullProgressMonitor());
		StoredModel stored = ModelFiles.damageLatest(workspace, projectId, "classifier", temp);
		int runs = workspace.projects().mlRuns("kept").size();

		InvalidInputException refused = assertThrows(InvalidInputException.class,
				() -> assist.prelabel(workspace, "kept", new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("the classifier of project 'kept' (stored model "),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("cannot be read"), refused.getMessage());
		assertEquals(runs, workspace.projects().mlRuns("kept").size());

		workspace.store().mlModels().replace(projectId, "classifier", stored.validationRun(), stored.thresholds(),
				Files.write(temp.resolve("not-a-zip.zip"), new byte[] { 1, 2, 3 }));
		refused = assertThrows(InvalidInputException.class,
				() -> assist.classify(workspace, "kept", items, new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("the classifier of project 'kept' (stored model "),
				refused.getMessage());
		assertTrue(refused.getMessage().endsWith("its stored files are not a zip archive of a model"),
				refused.getMessage());
	}

	@Test
	void aClassifierKeptInTheWorkspaceFolderByAnOlderLabelbenchIsStillUsedAndMovedIntoTheStore() throws Exception {
		assist.train(workspace, "kept", new NullProgressMonitor());
		StoredModel trained = workspace.store().mlModels().latest(projectId, "classifier").orElseThrow();
		List<Prediction> expected = assist.classify(workspace, "kept", items, new NullProgressMonitor());
		// an older workspace: the same project, its classifier in ml/project-ID/current/ and no model in the store
		try (Workspace old = open(temp.resolve("old"))) {
			MlProjects.create(old, "kept", temp.resolve("shapes"));
			long oldId = old.projects().get("kept").id();
			Path current = temp.resolve("old/ml/project-" + oldId + "/current");
			ModelFiles.unpack(workspace, trained, current.resolve("classifier"));
			Files.writeString(current.resolve("thresholds.properties"), trained.thresholds());
			assertTrue(old.store().mlModels().latest(oldId, "classifier").isEmpty());

			assertEquals(expected, assist.classify(old, "kept", items, new NullProgressMonitor()));
			MlAssist.Prelabeling prelabeling = assist.prelabel(old, "kept", new NullProgressMonitor());

			assertEquals(truth.size(), prelabeling.predicted(), "every unlabeled item");
			StoredModel imported = old.store().mlModels().latest(oldId, "classifier").orElseThrow();
			assertEquals(trained.validationRun(), imported.validationRun(), "with the thresholds it had");
			assertTrue(Files.isRegularFile(current.resolve("thresholds.properties")), "the folder is left as it was");
		}
	}

	private static Workspace open(Path folder) throws InterruptedException {
		return OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(folder));
	}

	/** @return the ML assistance of the product, training one epoch */
	private static MlAssist quickAssist() throws InterruptedException {
		return new MlAssistService(OsgiServices.get(ClassifierEngine.class), OsgiServices.get(ImageDecoder.class),
				OsgiServices.get(TextClassifierEngine.class), TrainingSettings.defaults().withEpochs(1));
	}
}
