package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.ml.AveragePrecision;
import org.labelbench.ml.AveragePrecision.Result;
import org.labelbench.ml.Calibration.ClassThreshold;
import org.labelbench.ml.Detection;
import org.labelbench.ml.DetectionThresholds;

/** The mAP@0.5 and box threshold math on hand-made detections. */
class AveragePrecisionTest {

	private static final List<String> TWO = List.of("car", "person");

	private static Detection box(int label, double score, double x, double y, double w, double h) {
		return new Detection(label, score, x, y, w, h);
	}

	private static Detection truth(int label, double x, double y, double w, double h) {
		return box(label, 1, x, y, w, h);
	}

	@Test
	void intersectionOverUnion() {
		Detection a = truth(0, 0, 0, 0.4, 0.4);
		assertEquals(1.0, a.iou(a), 1e-12);
		// half of a overlapped by a box as large: 0.08 / (0.16 + 0.16 - 0.08) = 1/3
		assertEquals(1.0 / 3, a.iou(truth(0, 0.2, 0, 0.4, 0.4)), 1e-12);
		assertEquals(0, a.iou(truth(0, 0.4, 0, 0.4, 0.4)), "touching edges do not overlap");
		assertEquals(0.25, a.iou(truth(0, 0.1, 0.1, 0.2, 0.2)), 1e-12, "a box inside a quarter as large");
	}

	@Test
	void perfectDetectionsHaveAnAveragePrecisionOfOne() {
		List<List<Detection>> truth = List.of(List.of(truth(0, 0.1, 0.1, 0.2, 0.2), truth(1, 0.5, 0.5, 0.3, 0.4)),
				List.of(truth(0, 0.6, 0.1, 0.2, 0.2)));
		List<List<Detection>> found = List.of(
				List.of(box(0, 0.9, 0.11, 0.1, 0.2, 0.2), box(1, 0.8, 0.5, 0.52, 0.3, 0.4)),
				List.of(box(0, 0.7, 0.6, 0.1, 0.2, 0.2)));
		Result result = AveragePrecision.evaluate(found, truth, TWO, 0.5);
		assertEquals(1.0, result.mean(), 1e-12);
		assertEquals(2, result.classes().get(0).truths());
	}

	@Test
	void aWrongDetectionAboveTheRightOnesLowersThePrecisionOfTheRecallAfterIt() {
		// car: ranked .9 wrong (no overlap), .8 right, .7 right; 2 cars -> precisions 0, 1/2, 2/3 at recall 0, .5, 1
		// monotone: 2/3 at both recalls -> AP = 0.5 * 2/3 + 0.5 * 2/3
		List<List<Detection>> truth = List.of(List.of(truth(0, 0, 0, 0.2, 0.2), truth(0, 0.5, 0.5, 0.2, 0.2)));
		List<List<Detection>> found = List.of(List.of(box(0, 0.9, 0.8, 0, 0.2, 0.2), box(0, 0.8, 0, 0, 0.2, 0.2),
				box(0, 0.7, 0.5, 0.5, 0.2, 0.2)));
		Result result = AveragePrecision.evaluate(found, truth, TWO, 0.5);
		assertEquals(2.0 / 3, result.classes().get(0).averagePrecision(), 1e-12);
		assertTrue(Double.isNaN(result.classes().get(1).averagePrecision()), "no person to find");
		assertEquals(2.0 / 3, result.mean(), 1e-12, "the mean is over classes with true boxes only");
	}

	@Test
	void aSecondBoxOnAnObjectIsWrongAndAMissedObjectCostsRecall() {
		// one car found twice (the lower score is a duplicate), another car never found: AP = 1 * 1/2
		List<List<Detection>> truth = List.of(List.of(truth(0, 0, 0, 0.2, 0.2), truth(0, 0.5, 0.5, 0.2, 0.2)));
		List<List<Detection>> found = List.of(List.of(box(0, 0.9, 0, 0, 0.2, 0.2), box(0, 0.8, 0.01, 0, 0.2, 0.2)));
		AveragePrecision.ClassResult car = AveragePrecision.evaluate(found, truth, TWO, 0.5).classes().get(0);
		assertEquals(0.5, car.averagePrecision(), 1e-12);
		assertEquals(List.of(true, false), car.ranked().stream().map(AveragePrecision.Ranked::right).toList());
	}

	@Test
	void aBoxOfTheWrongClassOrOverlappingTooLittleFindsNothing() {
		List<List<Detection>> truth = List.of(List.of(truth(0, 0, 0, 0.4, 0.4)));
		// IoU 1/3 with the car: below 0.5; right place but the person class
		List<List<Detection>> found = List.of(List.of(box(0, 0.9, 0.2, 0, 0.4, 0.4), box(1, 0.9, 0, 0, 0.4, 0.4)));
		Result result = AveragePrecision.evaluate(found, truth, TWO, 0.5);
		assertEquals(0, result.classes().get(0).averagePrecision());
		assertEquals(0, result.mean());
		assertEquals(1.0, AveragePrecision.evaluate(found, truth, TWO, 0.3).classes().get(0).averagePrecision(),
				"at IoU 0.3 the shifted box finds the car");
	}

	@Test
	void imagesMustMatch() {
		assertThrows(IllegalArgumentException.class,
				() -> AveragePrecision.evaluate(List.of(List.of()), List.of(), TWO, 0.5));
	}

	@Test
	void boxThresholdsReachTheTargetPrecisionOnTheBoxesAbove() {
		// cars ranked .95 R, .9 R, .85 R, .6 W, .5 R: 3 of 3 right from .85, 4 of 5 from .5
		List<List<Detection>> truth = List.of(List.of(truth(0, 0, 0, 0.2, 0.2), truth(0, 0.3, 0, 0.2, 0.2),
				truth(0, 0.6, 0, 0.2, 0.2), truth(0, 0, 0.6, 0.2, 0.2)));
		List<List<Detection>> found = List.of(List.of(box(0, 0.95, 0, 0, 0.2, 0.2), box(0, 0.9, 0.3, 0, 0.2, 0.2),
				box(0, 0.85, 0.6, 0, 0.2, 0.2), box(0, 0.6, 0.6, 0.6, 0.2, 0.2), box(0, 0.5, 0, 0.6, 0.2, 0.2),
				box(1, 0.7, 0.3, 0.3, 0.1, 0.1)));
		Result result = AveragePrecision.evaluate(found, truth, TWO, 0.5);
		List<ClassThreshold> thresholds = DetectionThresholds.calibrate(result, 0.95, 1);
		assertEquals(0.85, thresholds.get(0).threshold(), 1e-12);
		assertEquals(3, thresholds.get(0).covered());
		assertEquals(0.5, DetectionThresholds.calibrate(result, 0.8, 1).get(0).threshold(), 1e-12);
		assertFalse(thresholds.get(1).reached(), "the only person box is wrong");
		assertFalse(DetectionThresholds.calibrate(result, 0.95, 4).get(0).reached(), "3 boxes are too few for 4");
	}
}
