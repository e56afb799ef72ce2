package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlAssist.Prediction;
import org.labelbench.model.Metric;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * ML assistance end to end in OSGi with DJL and PyTorch on the CPU: a labeler labels 300 synthetic shapes, a
 * classifier trains on them, and 1,000 items nobody labeled are predicted and prelabeled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShapesAssistTest {

	static final int LABELED = 300;
	static final int HELD_OUT = 1000;

	@TempDir
	static Path temp;
	static Workspace workspace;
	static MlAssist assist;
	static Map<String, String> truth;
	static MlAssist.Training training;
	static MlAssist.Prelabeling prelabeling;
	static long projectId;

	@BeforeAll
	static void labelTrainAndPrelabel() throws Exception {
		truth = SyntheticShapes.write(temp.resolve("shapes"), LABELED + HELD_OUT, 64, 7);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		assist = OsgiServices.get(MlAssist.class);
		projectId = workspace.projects().create(new ProjectSpec("shapes", "image-multiclass", temp.resolve("shapes"),
				SyntheticShapes.CLASSES, null, null), new NullProgressMonitor()).status().id();
		// the shapes are drawn at any angle: the admin says so in the project's ML settings
		var record = workspace.projects().get("shapes");
		record.project().setMlAssist(org.labelbench.model.LabelbenchFactory.eINSTANCE.createMlAssistSettings());
		record.project().getMlAssist().setEnabled(false); // trains when the test says (AutomaticTrainingTest: by itself)
		record.project().getMlAssist().setAnyOrientation(true);
		workspace.store().projects().update(record);
		List<String> names = new ArrayList<>(truth.keySet());
		for (String item : names.subList(0, LABELED)) {
			workspace.labeling().submit("shapes", item, List.of(Annotations.label(truth.get(item))), "ana");
		}
		long start = System.nanoTime();
		training = assist.train(workspace, "shapes", new NullProgressMonitor());
		long trained = System.nanoTime();
		prelabeling = assist.prelabel(workspace, "shapes", new NullProgressMonitor());
		System.out.printf(Locale.ROOT, "ML shapes: %s; trained on %d, validated on %d in %.1f s,"
				+ " held-out accuracy %.3f, thresholds %s; prelabeled %d of %d in %.1f s%n", assist.engine(),
				training.trained(), training.validated(), (trained - start) / 1e9, training.accuracy(),
				training.thresholds(), prelabeling.prelabeled(), prelabeling.predicted(),
				(System.nanoTime() - trained) / 1e9);
	}

	@AfterAll
	static void close() {
		workspace.close();
	}

	private static List<String> heldOut() {
		List<String> names = new ArrayList<>(truth.keySet());
		return names.subList(LABELED, names.size());
	}

	@Test
	@Order(1)
	void theClassifierIsRightOnAtLeast80PercentOfItemsNobodyLabeled() {
		List<Prediction> predictions = assist.classify(workspace, "shapes", heldOut(), new NullProgressMonitor());
		long right = predictions.stream().filter(p -> p.className().equals(truth.get(p.item()))).count();
		double accuracy = (double) right / predictions.size();
		System.out.printf(Locale.ROOT, "ML shapes: accuracy on %d held-out items %.3f%n", predictions.size(),
				accuracy);
		assertEquals(HELD_OUT, predictions.size());
		assertTrue(accuracy >= 0.8, "accuracy " + accuracy);
	}

	@Test
	@Order(2)
	void prelabelsAreRight95PercentOfTheTimeOnAtLeastHalfTheItems() {
		int prelabeled = 0;
		int right = 0;
		for (String item : heldOut()) {
			Optional<Submission> shown = workspace.store().items().defaultSubmission(projectId, id(item));
			if (shown.isPresent()) {
				prelabeled++;
				Submission prelabel = shown.get();
				assertEquals(SubmissionSource.PRELABEL, prelabel.getSource());
				assertTrue(prelabel.getAnnotations().get(0).getConfidence() >= 0.2, "it carries the confidence");
				right += prelabel.getAnnotations().get(0).getClassName().equals(truth.get(item)) ? 1 : 0;
			}
		}
		double precision = (double) right / prelabeled;
		double coverage = (double) prelabeled / HELD_OUT;
		System.out.printf(Locale.ROOT, "ML shapes: prelabels precision %.3f, coverage %.3f (%d of %d)%n", precision,
				coverage, prelabeled, HELD_OUT);
		assertEquals(prelabeled, prelabeling.prelabeled());
		assertTrue(precision >= 0.95, "precision " + precision);
		assertTrue(coverage >= 0.5, "coverage " + coverage);
		assertEquals(0, workspace.projects().status("shapes").items().labeled() - LABELED,
				"prelabels are no labels: the items stay in the queue");
	}

	@Test
	@Order(3)
	void everyRunIsRecordedWithItsItemsDeviceAndMetrics() {
		List<MlRun> runs = workspace.projects().mlRuns("shapes");
		assertEquals(List.of(MlRunKind.INFERENCE, MlRunKind.VALIDATION, MlRunKind.FEATURIZATION, MlRunKind.TRAINING),
				runs.stream().map(MlRun::getKind).toList());
		for (MlRun run : runs) {
			assertEquals(MlRunStatus.SUCCEEDED, run.getStatus(), run.getMessage());
			assertEquals("cpu()", run.getDevice());
			assertTrue(!run.getFinishedAt().before(run.getStartedAt()));
		}
		assertEquals(LABELED, runs.get(3).getItems() + runs.get(1).getItems(), "every human label was used");
		assertEquals(runs.get(3).getItems(), runs.get(2).getItems(), "the training images were featurized");
		assertEquals(HELD_OUT, runs.get(0).getItems());
		assertEquals(training.accuracy(), metric(runs.get(1), "accuracy", null), 1e-9);
		for (String shape : SyntheticShapes.CLASSES) {
			assertEquals(training.thresholds().get(shape), metric(runs.get(1), "threshold", shape), 1e-9);
		}
		assertEquals(prelabeling.prelabeled(), metric(runs.get(0), "prelabeled", null), 1e-9);
	}

	@Test
	@Order(4)
	void theLabelerGetsPrelabeledItemsAndWhatTheyDidWithThemIsRecorded() {
		// about half the items are prelabeled (no circle or square is): a few tasks of 9 serve some
		List<ItemRecord> prelabeled = new ArrayList<>();
		for (int tasks = 0; tasks < 6 && prelabeled.size() < 2; tasks++) {
			workspace.labeling().claimTask("shapes", "ben", 9, Duration.ofMinutes(5)).stream()
					.filter(item -> workspace.store().items().defaultSubmission(projectId, item.id()).isPresent())
					.forEach(prelabeled::add);
		}
		assertFalse(prelabeled.isEmpty(), "the queue serves prelabeled items");
		ItemRecord accepted = prelabeled.get(0);
		String predicted = workspace.store().items().defaultSubmission(projectId, accepted.id()).orElseThrow()
				.getAnnotations().get(0).getClassName();
		workspace.labeling().submit("shapes", accepted.location(), List.of(Annotations.label(predicted)), "ben");
		assertEquals(SubmissionSource.PRELABEL_ACCEPTED,
				workspace.store().items().currentSubmission(projectId, accepted.id()).orElseThrow().getSource());
		if (prelabeled.size() > 1) {
			ItemRecord changed = prelabeled.get(1);
			String other = SyntheticShapes.CLASSES.stream().filter(c -> !c.equals(workspace.store().items()
					.defaultSubmission(projectId, changed.id()).orElseThrow().getAnnotations().get(0).getClassName()))
					.findFirst().orElseThrow();
			workspace.labeling().submit("shapes", changed.location(), List.of(Annotations.label(other)), "ben");
			assertEquals(SubmissionSource.PRELABEL_CHANGED,
					workspace.store().items().currentSubmission(projectId, changed.id()).orElseThrow().getSource());
		}
	}

	@Test
	@Order(5)
	void aDamagedClassifierIsRefusedWithTheReasonAndRecordsNothing() throws Exception {
		ModelFiles.damageLatest(workspace, projectId, "classifier", temp);
		int runs = workspace.projects().mlRuns("shapes").size();
		InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
				() -> assist.prelabel(workspace, "shapes", new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("the classifier of project 'shapes' (stored model "),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("cannot be read"), refused.getMessage());
		assertEquals(runs, workspace.projects().mlRuns("shapes").size());
	}

	private static long id(String item) {
		return workspace.store().items().findByLocation(projectId, item).orElseThrow().id();
	}

	private static double metric(MlRun run, String name, String labelClass) {
		return run.getMetrics().stream()
				.filter(m -> m.getName().equals(name) && java.util.Objects.equals(m.getLabelClass(), labelClass))
				.mapToDouble(Metric::getValue).findFirst().orElseThrow();
	}
}
