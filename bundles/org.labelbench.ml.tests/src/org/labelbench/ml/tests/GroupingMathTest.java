package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.labelbench.ml.Clusters;
import org.labelbench.ml.MultiLabelCalibration;
import org.labelbench.ml.TaskGroups;
import org.labelbench.ml.TextBatch;
import org.labelbench.ml.TextFeatures;

/** The engine-neutral math of look-alike groups, multi-label thresholds and text features. */
class GroupingMathTest {

	@Test
	void kMeansFindsThreeWellSeparatedDirections() {
		Random random = new Random(1);
		float[] vectors = new float[300 * 3];
		for (int i = 0; i < 300; i++) {
			vectors[i * 3 + i % 3] = 1;
			for (int j = 0; j < 3; j++) {
				vectors[i * 3 + j] += (float) (random.nextGaussian() * 0.1);
			}
		}
		Clusters.normalize(vectors, 3);
		Clusters clusters = Clusters.fit(vectors, 3, 3, 7);
		int[] of = new int[3];
		for (int axis = 0; axis < 3; axis++) {
			of[axis] = clusters.nearest(vectors, axis * 3);
		}
		assertEquals(3, Arrays.stream(of).distinct().count(), "one cluster per direction");
		for (int i = 0; i < 300; i++) {
			assertEquals(of[i % 3], clusters.nearest(vectors, i * 3), "item " + i);
		}
	}

	@Test
	void groupsOf36StayTogetherAndTheRestComesLast() {
		int[] cluster = new int[100];
		double[] distance = new double[100];
		for (int i = 0; i < 100; i++) {
			cluster[i] = i < 80 ? 0 : 1; // 80 = 2 groups of 36 + 8; 20 = a rest only
			distance[i] = 100 - i;
		}
		int[] order = TaskGroups.order(cluster, distance, 2, 3);
		assertEquals(100, Arrays.stream(order).distinct().count(), "every item once");
		for (int g = 0; g < 2; g++) {
			Set<Integer> clusters = new HashSet<>();
			for (int i = g * 36; i < g * 36 + 36; i++) {
				clusters.add(cluster[order[i]]);
			}
			assertEquals(Set.of(0), clusters, "a full group is of one cluster");
		}
		assertTrue(order[0] == 79 || order[36] == 79, "nearest to the centre first");
		for (int i = 72; i < 100; i++) {
			assertTrue(order[i] < 8 || order[i] >= 80, "the rest of each cluster comes last");
		}
	}

	@Test
	void multiLabelItemsArePrelabeledOnlyWhenEveryClassIsDecided() {
		// a is 0.9 when present and 0.1 when absent, b 0.85 and 0.2: one confidence decides both classes, and the
		// lowest that gets every set right is 0.8 (b present at 0.85 or more, absent at 0.2 or less)
		float[] probabilities = new float[40 * 2];
		float[] truth = new float[40 * 2];
		for (int i = 0; i < 40; i++) {
			boolean a = i % 2 == 0;
			boolean b = i % 4 < 2;
			probabilities[i * 2] = a ? 0.9f : 0.1f;
			probabilities[i * 2 + 1] = b ? 0.85f : 0.2f;
			truth[i * 2] = a ? 1 : 0;
			truth[i * 2 + 1] = b ? 1 : 0;
		}
		MultiLabelCalibration.Thresholds thresholds = MultiLabelCalibration.calibrate(probabilities, truth,
				List.of("a", "b"), 0.95, 5);
		assertEquals(0.8, thresholds.present()[0], 1e-6);
		assertEquals(0.8, thresholds.present()[1], 1e-6);
		assertEquals(0.2, thresholds.absent()[0], 1e-6);
		assertEquals(0.2, thresholds.absent()[1], 1e-6);
		assertEquals(1.0, thresholds.precision());
		assertEquals(30.0 / 40, thresholds.coverage(), 1e-9, "items with neither class are not prelabeled");
		assertArrayEquals(new boolean[] { true, false }, MultiLabelCalibration.decide(new float[] { 0.95f, 0.05f }, 0,
				thresholds.present(), thresholds.absent()));
		assertNull(MultiLabelCalibration.decide(new float[] { 0.95f, 0.5f }, 0, thresholds.present(),
				thresholds.absent()), "b is undecided");
	}

	@Test
	void textFeaturesAreUnitLengthAndShareTrigramsAcrossTypos() {
		TextBatch batch = TextFeatures.of(List.of("The market fell", "the markte fell", "Recipe: bake the dough", ""));
		assertEquals(4, batch.count());
		float[] dense = new float[4 * batch.dimension()];
		for (int i = 0; i < 4; i++) {
			batch.dense(i, dense, i * batch.dimension());
		}
		assertEquals(1, norm(dense, 0, batch.dimension()), 1e-5);
		assertEquals(0, norm(dense, 3 * batch.dimension(), batch.dimension()), 1e-9, "an empty text is zero");
		double typo = dot(dense, 0, batch.dimension(), batch.dimension());
		double other = dot(dense, 0, 2 * batch.dimension(), batch.dimension());
		assertTrue(typo > 0.4, "a typo keeps most features: " + typo);
		assertTrue(other < typo / 2, "another topic shares little: " + other);
		assertNotEquals(0, batch.features().length);
	}

	private static double norm(float[] v, int from, int n) {
		return Math.sqrt(dot(v, from, from, n));
	}

	private static double dot(float[] v, int a, int b, int n) {
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += v[a + i] * v[b + i];
		}
		return sum;
	}
}
