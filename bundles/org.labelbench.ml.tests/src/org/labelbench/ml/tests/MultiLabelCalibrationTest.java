package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.ml.MultiLabelCalibration;
import org.labelbench.ml.MultiLabelCalibration.Thresholds;

/** The multi-label calibration math on hand-made validation results of two classes, a and b. */
class MultiLabelCalibrationTest {

	private static final List<String> TWO = List.of("a", "b");

	/** Validation items, each two probabilities and two truth values. */
	private static final class Items {
		final float[] p;
		final float[] truth;
		int n;

		Items(int capacity) {
			p = new float[capacity * 2];
			truth = new float[capacity * 2];
		}

		/** an item that has a (and not b), predicted with this certainty either way */
		Items a(double certainty, boolean right) {
			p[2 * n] = (float) certainty;
			p[2 * n + 1] = (float) (1 - certainty);
			truth[2 * n] = 1;
			truth[2 * n + 1] = right ? 0 : 1;
			n++;
			return this;
		}
	}

	@Test
	void aSetIsPrelabeledOnlyWhenEveryClassIsDecidedAndOneIsPresent() {
		double[] present = { 0.8, 0.8 };
		double[] absent = { 0.2, 0.2 };
		assertArrayEquals(new boolean[] { true, false },
				MultiLabelCalibration.decide(new float[] { 0.9f, 0.1f }, 0, present, absent));
		assertArrayEquals(new boolean[] { true, true },
				MultiLabelCalibration.decide(new float[] { 0.9f, 0.85f }, 0, present, absent));
		assertNull(MultiLabelCalibration.decide(new float[] { 0.9f, 0.5f }, 0, present, absent), "b is undecided");
		assertNull(MultiLabelCalibration.decide(new float[] { 0.1f, 0.1f }, 0, present, absent), "no class");
	}

	@Test
	void theConfidenceIsTheLowestWhoseSetsClearTheTargetByAStandardError() {
		// ten right sets at certainties 0.99 down to 0.90, then a wrong one at 0.85
		Items items = new Items(11);
		for (int i = 0; i < 10; i++) {
			items.a(0.99 - i * 0.01, true);
		}
		items.a(0.85, false);
		// n of n right: Wilson's lower end at z = 1 is n / (n + 1), 0.909 for 10; 10 of 11 right: 0.785
		Thresholds t = MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.9, 5);
		assertEquals(0.90, t.confidence(), 1e-6);
		assertArrayEquals(new double[] { t.confidence(), t.confidence() }, t.present());
		assertEquals(1 - t.confidence(), t.absent()[1], 1e-9);
		assertEquals(1.0, t.precision());
		assertEquals(10.0 / 11, t.coverage(), 1e-9);
		assertEquals(10.0 / 11, t.accuracy(), 1e-9, "at 0.5 the wrong set is wrong too");
		assertEquals(11, t.items());
		// 0.91 is out of reach: ten right sets are not enough to be sure of it
		Thresholds stricter = MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.91, 5);
		assertEquals(Double.POSITIVE_INFINITY, stricter.confidence());
		assertEquals(0, stricter.coverage());
		assertTrue(Double.isNaN(stricter.precision()));
	}

	@Test
	void aSetWithOneWrongClassIsWrong() {
		// the sets are sure of a, and wrongly sure that b is absent: every class right but one is still a wrong set
		Items items = new Items(10);
		for (int i = 0; i < 10; i++) {
			items.a(0.99, false);
		}
		Thresholds t = MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.5, 1);
		assertEquals(0, t.coverage(), "no confidence makes these sets right");
		assertEquals(0.0, t.accuracy());
	}

	@Test
	void theSetsPrecisionRestsOnTheMinimumSupport() {
		Items items = new Items(20);
		for (int i = 0; i < 20; i++) {
			items.a(0.99 - i * 0.01, true);
		}
		// all 20 right: lower end 20 / 21 = 0.952
		assertEquals(0.80, MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.9, 1).confidence(), 1e-6);
		Thresholds supported = MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.95, 20);
		assertEquals(0.80, supported.confidence(), 1e-6, "20 right of 20 clear 0.95");
		assertEquals(Double.POSITIVE_INFINITY,
				MultiLabelCalibration.calibrate(items.p, items.truth, TWO, 0.95, 21).confidence());
	}

	@Test
	void badInputIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> MultiLabelCalibration.calibrate(new float[4], new float[2], TWO, 0.95, 1));
		assertThrows(IllegalArgumentException.class,
				() -> MultiLabelCalibration.calibrate(new float[3], new float[3], TWO, 0.95, 1));
		assertThrows(IllegalArgumentException.class,
				() -> MultiLabelCalibration.calibrate(new float[4], new float[4], TWO, 0, 1));
	}
}
