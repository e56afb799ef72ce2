package org.labelbench.ml;

import java.util.List;

import org.labelbench.ml.Calibration.ClassThreshold;

/**
 * Per-class score thresholds of a detector that reach a target precision on held-out images, as the box prelabels
 * need: a box is prelabeled only when its score is at least its class's threshold. A box is right when it finds an
 * object as {@link AveragePrecision} counts it (IoU at least the one asked for, each object found once); the
 * threshold is then the one {@link Calibration} picks for the class's boxes.
 */
public final class DetectionThresholds {

	private DetectionThresholds() {
	}

	/**
	 * @param evaluated the held-out images' detections, evaluated
	 * @param target the precision to reach, e.g. 0.95
	 * @param minSupport the fewest boxes a threshold may rest on
	 * @return the thresholds, in the classes' order
	 */
	public static List<ClassThreshold> calibrate(AveragePrecision.Result evaluated, double target, int minSupport) {
		if (!(target > 0 && target <= 1)) {
			throw new IllegalArgumentException("the target precision is above 0 and at most 1, not " + target);
		}
		return evaluated.classes().stream().map(c -> {
			double[] scores = c.ranked().stream().mapToDouble(AveragePrecision.Ranked::score).toArray();
			boolean[] right = new boolean[scores.length];
			for (int k = 0; k < right.length; k++) {
				right[k] = c.ranked().get(k).right();
			}
			return Calibration.threshold(c.className(), scores, right, target, minSupport);
		}).toList();
	}
}
