package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.labelbench.ml.AveragePrecision;
import org.labelbench.ml.Detection;
import org.labelbench.ml.DetectionAssist;
import org.labelbench.ml.MlAssist;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelbenchFactory;
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
import org.labelbench.testsupport.SyntheticScenes;
import org.labelbench.testsupport.SyntheticScenes.ShapeBox;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * Object detection end to end in OSGi with DJL and PyTorch on the CPU: a labeler draws the boxes of synthetic scenes
 * (several shapes of 3 classes per 64x64 image), a detector trains on them through {@link MlAssist} (as {@code ml
 * train} does), its mAP@0.5 is measured on images nobody labeled, and the boxes it is sure of become prelabels that a
 * labeler accepts or corrects. Prints {@code BENCH} lines with the training time and the mAP.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenesDetectionTest {

	static final int LABELED = 400;
	static final int HELD_OUT = 200;
	static final List<String> CLASSES = SyntheticShapes.CLASSES.subList(0, 3);

	@TempDir
	static Path temp;
	static Workspace workspace;
	static MlAssist assist;
	static DetectionAssist detection;
	static Map<String, List<ShapeBox>> truth;
	static MlAssist.Training training;
	static MlAssist.Prelabeling prelabeling;
	static long projectId;

	@BeforeAll
	static void labelTrainAndPrelabel() throws Exception {
		truth = SyntheticScenes.write(temp.resolve("scenes"), LABELED + HELD_OUT, 64, CLASSES.size(), 11);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		assist = OsgiServices.get(MlAssist.class);
		detection = OsgiServices.get(DetectionAssist.class);
		projectId = workspace.projects().create(new ProjectSpec("scenes", "image-bbox", temp.resolve("scenes"),
				CLASSES, null, null), new NullProgressMonitor()).status().id();
		var record = workspace.projects().get("scenes");
		record.project().setMlAssist(LabelbenchFactory.eINSTANCE.createMlAssistSettings());
		record.project().getMlAssist().setEnabled(false); // trains when the test says, not by itself at 300 labels
		record.project().getMlAssist().setAnyOrientation(true); // shapes are drawn at any angle
		workspace.store().projects().update(record);
		for (String item : names().subList(0, LABELED)) {
			workspace.labeling().submit("scenes", item, boxes(truth.get(item)), "ana");
		}
		long start = System.nanoTime();
		Duration cpu = cpu();
		training = assist.train(workspace, "scenes", new NullProgressMonitor());
		long trained = System.nanoTime();
		cpu = cpu().minus(cpu);
		prelabeling = assist.prelabel(workspace, "scenes", new NullProgressMonitor());
		// the process's CPU time stands for the time on a quiet machine: training computes on one thread
		System.out.printf(Locale.ROOT, "BENCH detection-train %.1f s (CPU %.1f s, load %.1f): %s, %d images trained,"
				+ " %d validated, held-out mAP@0.5 %.3f, thresholds %s; prelabeled %d of %d in %.1f s%n",
				(trained - start) / 1e9, cpu.toMillis() / 1e3,
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), assist.engine(), training.trained(), training.validated(), training.accuracy(), training.thresholds(),
				prelabeling.prelabeled(), prelabeling.predicted(), (System.nanoTime() - trained) / 1e9);
	}

	private static Duration cpu() {
		return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	@AfterAll
	static void close() {
		workspace.close();
	}

	private static List<String> names() {
		return new ArrayList<>(truth.keySet());
	}

	private static List<String> heldOut() {
		return names().subList(LABELED, LABELED + HELD_OUT);
	}

	private static List<Annotation> boxes(List<ShapeBox> shapes) {
		return shapes.stream().<Annotation>map(s -> Annotations.box(s.x(), s.y(), s.width(), s.height(),
				s.className())).toList();
	}

	@Test
	@Order(1)
	void theDetectorReachesAnMapOfHalfOnImagesNobodyLabeled() {
		List<DetectionAssist.ItemBoxes> found = detection.detect(workspace, "scenes", heldOut(), 0.05,
				new NullProgressMonitor());
		List<List<Detection>> detected = found.stream().map(i -> i.boxes().stream()
				.map(b -> new Detection(CLASSES.indexOf(b.className()), b.score(), b.x() / 64, b.y() / 64,
						b.width() / 64, b.height() / 64))
				.toList()).toList();
		List<List<Detection>> expected = heldOut().stream().map(item -> truth.get(item).stream()
				.map(s -> new Detection(CLASSES.indexOf(s.className()), 1, s.x() / 64.0, s.y() / 64.0,
						s.width() / 64.0, s.height() / 64.0))
				.toList()).toList();
		AveragePrecision.Result map = AveragePrecision.evaluate(detected, expected, CLASSES, 0.5);
		System.out.printf(Locale.ROOT, "BENCH detection-map %.3f on %d held-out images (%d boxes); per class %s%n",
				map.mean(), HELD_OUT, expected.stream().mapToInt(List::size).sum(), map.classes().stream()
						.map(c -> c.className() + " " + String.format(Locale.ROOT, "%.3f", c.averagePrecision()))
						.toList());
		assertEquals(HELD_OUT, found.size());
		assertTrue(map.mean() >= 0.5, "mAP@0.5 " + map.mean());
	}

	@Test
	@Order(2)
	void boxesAboveTheirThresholdsBecomePrelabelsAndTheItemsStayInTheQueue() {
		int prelabeled = 0;
		int boxes = 0;
		int right = 0;
		for (String item : names().subList(LABELED, names().size())) {
			Optional<Submission> shown = workspace.store().items().defaultSubmission(projectId, id(item));
			if (shown.isPresent()) {
				prelabeled++;
				assertEquals(SubmissionSource.PRELABEL, shown.get().getSource());
				for (Annotation a : shown.get().getAnnotations()) {
					BoundingBox box = (BoundingBox) a;
					boxes++;
					assertTrue(a.getConfidence() >= training.thresholds().get(a.getClassName()), "above threshold");
					assertEquals(Math.rint(box.getX()), box.getX(), "whole pixels, as a labeler draws");
					right += truth.get(item).stream().anyMatch(s -> s.className().equals(a.getClassName())
							&& iou(s, box) >= 0.5) ? 1 : 0;
				}
			}
		}
		System.out.printf(Locale.ROOT, "BENCH detection-prelabels %d of %d items, %d boxes, %.3f of them right%n",
				prelabeled, HELD_OUT, boxes, (double) right / Math.max(1, boxes));
		assertEquals(prelabeled, prelabeling.prelabeled());
		assertTrue(prelabeled > 0, "some boxes clear their thresholds");
		assertEquals(LABELED, workspace.projects().status("scenes").items().labeled(),
				"prelabels are no labels: the items stay in the queue");
	}

	@Test
	@Order(3)
	void everyRunIsRecordedWithTheMapAndThresholds() {
		List<MlRun> runs = workspace.projects().mlRuns("scenes");
		assertEquals(List.of(MlRunKind.INFERENCE, MlRunKind.VALIDATION, MlRunKind.TRAINING),
				runs.stream().map(MlRun::getKind).toList());
		for (MlRun run : runs) {
			assertEquals(MlRunStatus.SUCCEEDED, run.getStatus(), run.getMessage());
			assertEquals("cpu()", run.getDevice());
		}
		assertEquals(LABELED, runs.get(2).getItems() + runs.get(1).getItems(), "every labeled image was used");
		assertEquals(HELD_OUT, runs.get(0).getItems());
		assertEquals(training.accuracy(), metric(runs.get(1), "mAP", null), 1e-9);
		for (String shape : CLASSES) {
			assertEquals(training.thresholds().get(shape), metric(runs.get(1), "threshold", shape), 1e-9);
		}
		assertEquals(prelabeling.prelabeled(), metric(runs.get(0), "prelabeled", null), 1e-9);
	}

	@Test
	@Order(4)
	void whatTheLabelerDidWithPrelabeledBoxesIsRecorded() {
		List<ItemRecord> prelabeled = heldOut().stream()
				.map(item -> workspace.store().items().findByLocation(projectId, item).orElseThrow())
				.filter(item -> workspace.store().items().defaultSubmission(projectId, item.id()).isPresent()).limit(2)
				.toList();
		assertEquals(2, prelabeled.size(), "two items are prelabeled at least");
		ItemRecord accepted = prelabeled.get(0);
		workspace.labeling().submit("scenes", accepted.location(), shown(accepted), "ben");
		assertEquals(SubmissionSource.PRELABEL_ACCEPTED, source(accepted));
		ItemRecord changed = prelabeled.get(1);
		List<Annotation> moved = shown(changed);
		BoundingBox first = (BoundingBox) moved.get(0);
		first.setX(first.getX() > 0 ? first.getX() - 1 : first.getX() + 1);
		workspace.labeling().submit("scenes", changed.location(), moved, "ben");
		assertEquals(SubmissionSource.PRELABEL_CHANGED, source(changed));
	}

	@Test
	@Order(5)
	void aDamagedDetectorIsRefusedWithTheReason() throws Exception {
		ModelFiles.damageLatest(workspace, projectId, "detector", temp);
		int runs = workspace.projects().mlRuns("scenes").size();
		InvalidInputException refused = assertThrows(InvalidInputException.class,
				() -> assist.prelabel(workspace, "scenes", new NullProgressMonitor()));
		assertTrue(refused.getMessage().startsWith("the detector of project 'scenes' (stored model "), refused.getMessage());
		assertTrue(refused.getMessage().contains("cannot be read"), refused.getMessage());
		assertEquals(runs, workspace.projects().mlRuns("scenes").size());
	}

	/** @return the boxes the item shows, as the box editor hands them back when nothing is changed */
	private static List<Annotation> shown(ItemRecord item) {
		return workspace.store().items().defaultSubmission(projectId, item.id()).orElseThrow().getAnnotations()
				.stream().<Annotation>map(a -> {
					BoundingBox box = (BoundingBox) a;
					return Annotations.box(box.getX(), box.getY(), box.getWidth(), box.getHeight(), a.getClassName());
				}).toList();
	}

	private static SubmissionSource source(ItemRecord item) {
		return workspace.store().items().currentSubmission(projectId, item.id()).orElseThrow().getSource();
	}

	private static double iou(ShapeBox s, BoundingBox b) {
		return new Detection(0, 1, s.x(), s.y(), s.width(), s.height())
				.iou(new Detection(0, 1, b.getX(), b.getY(), b.getWidth(), b.getHeight()));
	}

	private static long id(String item) {
		return workspace.store().items().findByLocation(projectId, item).orElseThrow().id();
	}

	private static double metric(MlRun run, String name, String labelClass) {
		return run.getMetrics().stream()
				.filter(m -> m.getName().equals(name) && Objects.equals(m.getLabelClass(), labelClass))
				.mapToDouble(Metric::getValue).findFirst().orElseThrow();
	}
}
