package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlAssist.Prediction;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticDicomShapes;

/**
 * ML assistance on a DICOM project: CT-like shapes whose contrast shows only through the files' window are rendered
 * through it by the imaging bundle, for training and for inference.
 */
class DicomAssistTest {

	static final int LABELED = 150;
	static final int UNLABELED = 200;

	@TempDir
	Path temp;

	@Test
	void dicomItemsAreLearnedThroughTheirWindowAndPrelabeled() throws Exception {
		Map<String, String> truth = SyntheticDicomShapes.write(temp.resolve("ct"), LABELED + UNLABELED, 64, 5);
		MlAssist assist = OsgiServices.get(MlAssist.class);
		try (Workspace workspace = OsgiServices.get(WorkspaceService.class)
				.open(StoreLocation.workspace(temp.resolve("ws")))) {
			MlProjects.create(workspace, "ct", temp.resolve("ct"));
			assertEquals(LABELED + UNLABELED, workspace.projects().status("ct").items().total());
			MlProjects.settings(workspace, "ct", settings -> settings.setAnyOrientation(true));
			MlProjects.label(workspace, "ct", truth, 0, LABELED);
			List<String> names = new ArrayList<>(truth.keySet());
			MlAssist.Training training = assist.train(workspace, "ct", new NullProgressMonitor());
			List<Prediction> predictions = assist.classify(workspace, "ct", names.subList(LABELED, names.size()),
					new NullProgressMonitor());
			double accuracy = (double) predictions.stream()
					.filter(p -> p.className().equals(truth.get(p.item()))).count() / predictions.size();
			MlAssist.Prelabeling prelabeling = assist.prelabel(workspace, "ct", new NullProgressMonitor());
			System.out.printf(Locale.ROOT, "ML DICOM: validation accuracy %.3f, accuracy on %d unlabeled %.3f,"
					+ " prelabeled %d%n", training.accuracy(), predictions.size(), accuracy, prelabeling.prelabeled());
			assertEquals(LABELED, training.trained() + training.validated(), "every DICOM file was read");
			assertTrue(accuracy >= 0.8, "accuracy " + accuracy);
			assertEquals(UNLABELED, prelabeling.predicted());
			assertEquals(MlRunStatus.SUCCEEDED, prelabeling.run().getStatus());
		}
	}
}
