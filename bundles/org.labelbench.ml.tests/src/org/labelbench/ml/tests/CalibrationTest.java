package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.Calibration.ClassThreshold;
import org.labelbench.ml.Calibration.Thresholds;

/** The calibration math on hand-made validation results. */
class CalibrationTest {

	private static final List<String> TWO = List.of("cat", "dog");

	/** @return probabilities for items predicted {@code cat} with these confidences (dog gets the rest) */
	private static float[] cats(double... confidences) {
		float[] p = new float[confidences.length * 2];
		for (int i = 0; i < confidences.length; i++) {
			p[2 * i] = (float) confidences[i];
			p[2 * i + 1] = (float) (1 - confidences[i]);
		}
		return p;
	}

	@Test
	void theThresholdIsTheLowestConfidenceWhosePredictionsAboveReachTheTarget() {
		// ranked: .99 R, .95 R, .90 R, .80 W, .70 R, .60 W -> precisions 1, 1, 1, .75, .8, .67
		float[] p = cats(0.99, 0.95, 0.90, 0.80, 0.70, 0.60);
		int[] truth = { 0, 0, 0, 1, 0, 1 };
		ClassThreshold cat = Calibration.calibrate(p, truth, TWO, 0.95, 1).classes().get(0);
		assertEquals(0.90, cat.threshold(), 1e-6);
		assertEquals(1.0, cat.precision());
		assertEquals(3, cat.covered());
		assertEquals(6, cat.predicted());
		ClassThreshold looser = Calibration.calibrate(p, truth, TWO, 0.8, 1).classes().get(0);
		assertEquals(0.70, looser.threshold(), 1e-6, "4 of 5 right at 0.70 reach 80 %");
		assertEquals(0.8, looser.precision(), 1e-9);
	}

	@Test
	void aClassThatNeverReachesTheTargetIsNotPrelabeled() {
		float[] p = cats(0.9, 0.8, 0.7);
		ClassThreshold cat = Calibration.calibrate(p, new int[] { 1, 0, 1 }, TWO, 0.95, 1).classes().get(0);
		assertFalse(cat.reached());
		assertEquals(Double.POSITIVE_INFINITY, cat.threshold());
		assertEquals(0, cat.covered());
		ClassThreshold dog = Calibration.calibrate(p, new int[] { 1, 0, 1 }, TWO, 0.95, 1).classes().get(1);
		assertFalse(dog.reached(), "no item was predicted dog");
	}

	@Test
	void aThresholdRestsOnAtLeastTheMinimumSupport() {
		float[] p = cats(0.99, 0.98, 0.97, 0.5);
		int[] truth = { 0, 0, 0, 1 };
		assertFalse(Calibration.calibrate(p, truth, TWO, 0.95, 4).classes().get(0).reached(),
				"3 right ones are too few to trust, and with the 4th the precision is 75 %");
		assertEquals(0.97, Calibration.calibrate(p, truth, TWO, 0.95, 3).of(0), 1e-6);
	}

	@Test
	void equalConfidencesAreNeverSplit() {
		// the cut may not fall between two items of equal confidence: both or neither are prelabeled
		float[] p = cats(0.9, 0.9, 0.9, 0.9);
		ClassThreshold cat = Calibration.calibrate(p, new int[] { 0, 0, 0, 1 }, TWO, 0.95, 1).classes().get(0);
		assertFalse(cat.reached(), "3 of 4 at 0.9 is 75 %, and 0.9 cannot be cut");
	}

	@Test
	void overallFiguresCountEveryClass() {
		// 3 classes, 6 items: 2 predicted each; class 0 both right, class 1 one right, class 2 both right
		float[] p = {
				0.9f, 0.05f, 0.05f, /**/ 0.8f, 0.1f, 0.1f, //
				0.1f, 0.7f, 0.2f, /**/ 0.1f, 0.6f, 0.3f, //
				0.0f, 0.1f, 0.9f, /**/ 0.2f, 0.2f, 0.6f };
		int[] truth = { 0, 0, 1, 2, 2, 2 };
		Thresholds t = Calibration.calibrate(p, truth, List.of("a", "b", "c"), 0.95, 1);
		assertEquals(5.0 / 6, t.accuracy(), 1e-9);
		assertEquals(0.8, t.of(0), 1e-6);
		assertEquals(0.7, t.of(1), 1e-6, "its top item is right; the second is wrong");
		assertEquals(0.6, t.of(2), 1e-6);
		assertEquals(5.0 / 6, t.coverage(), 1e-9);
		assertEquals(1.0, t.precision(), 1e-9);
		assertEquals(6, t.items());
	}

	@Test
	void badInputIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Calibration.calibrate(new float[3], new int[2], TWO, 0.95, 1));
		assertThrows(IllegalArgumentException.class, () -> Calibration.calibrate(new float[4], new int[2], TWO, 1.5, 1));
		assertTrue(Double.isNaN(Calibration.calibrate(new float[0], new int[0], TWO, 0.95, 1).accuracy()));
	}
}
