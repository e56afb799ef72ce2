package org.labelbench.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per-class confidence thresholds that reach a target precision on validation items, as the prelabels need: an item
 * is prelabeled with its most probable class only when that probability is at least the class's threshold.
 * <p>
 * For each class, the validation items predicted as that class are ranked by confidence; the threshold is the lowest
 * confidence at which the items at or above it are still right at least {@code target} of the time, counting at least
 * {@code minSupport} items. A class that never gets there has no threshold: it is not prelabeled.
 */
public final class Calibration {

	private Calibration() {
	}

	/**
	 * The threshold of one class, with what it gives on the validation items.
	 *
	 * @param threshold the lowest confidence that is prelabeled, {@link Double#POSITIVE_INFINITY} for none
	 * @param precision the share of right predictions at or above the threshold (NaN when there are none)
	 * @param covered how many validation items predicted as the class are at or above the threshold
	 * @param predicted how many validation items were predicted as the class
	 */
	public record ClassThreshold(String className, double threshold, double precision, int covered, int predicted) {

		public boolean reached() {
			return threshold != Double.POSITIVE_INFINITY;
		}
	}

	/**
	 * @param classes the thresholds, in the classifier's class order
	 * @param items the validation items
	 * @param accuracy the share of validation items whose most probable class is right
	 * @param precision the share of right ones among the validation items at or above their class's threshold
	 * @param coverage the share of validation items at or above their class's threshold
	 */
	public record Thresholds(List<ClassThreshold> classes, int items, double accuracy, double precision,
			double coverage) {

		/** @return the threshold of class {@code index} */
		public double of(int index) {
			return classes.get(index).threshold();
		}
	}

	/**
	 * @param probabilities {@code truth.length x classNames.size()} class probabilities, item by item
	 * @param truth the right class of each item, an index into {@code classNames}
	 * @param target the precision to reach, e.g. 0.95
	 * @param minSupport the fewest validation items a threshold may rest on
	 */
	public static Thresholds calibrate(float[] probabilities, int[] truth, List<String> classNames, double target,
			int minSupport) {
		int classes = classNames.size();
		if (probabilities.length != truth.length * classes) {
			throw new IllegalArgumentException(truth.length + " items of " + classes + " classes need "
					+ truth.length * classes + " probabilities, not " + probabilities.length);
		}
		if (!(target > 0 && target <= 1)) {
			throw new IllegalArgumentException("the target precision is above 0 and at most 1, not " + target);
		}
		List<List<Scored>> byClass = new ArrayList<>();
		for (int c = 0; c < classes; c++) {
			byClass.add(new ArrayList<>());
		}
		int right = 0;
		for (int i = 0; i < truth.length; i++) {
			int best = argmax(probabilities, i * classes, classes);
			byClass.get(best).add(new Scored(probabilities[i * classes + best], best == truth[i]));
			right += best == truth[i] ? 1 : 0;
		}
		List<ClassThreshold> thresholds = new ArrayList<>();
		int covered = 0;
		int coveredRight = 0;
		for (int c = 0; c < classes; c++) {
			ClassThreshold threshold = threshold(classNames.get(c), byClass.get(c), target, minSupport);
			thresholds.add(threshold);
			covered += threshold.covered();
			coveredRight += threshold.reached() ? Math.round(threshold.precision() * threshold.covered()) : 0;
		}
		int n = truth.length;
		return new Thresholds(List.copyOf(thresholds), n, n == 0 ? Double.NaN : (double) right / n,
				covered == 0 ? Double.NaN : (double) coveredRight / covered, n == 0 ? 0 : (double) covered / n);
	}

	/**
	 * The threshold of one class from its predictions alone, for predictions that are not one per item (the boxes of
	 * a detector, see {@link DetectionThresholds}).
	 *
	 * @param confidences the confidence of each prediction of the class
	 * @param right whether each was right
	 */
	public static ClassThreshold threshold(String className, double[] confidences, boolean[] right, double target,
			int minSupport) {
		List<Scored> predicted = new ArrayList<>();
		for (int i = 0; i < confidences.length; i++) {
			predicted.add(new Scored(confidences[i], right[i]));
		}
		return threshold(className, predicted, target, minSupport);
	}

	/** The lowest cut between distinct confidences whose items above reach the target. */
	static ClassThreshold threshold(String name, List<Scored> predicted, double target, int minSupport) {
		predicted.sort(Comparator.comparingDouble(Scored::confidence).reversed());
		int best = -1;
		int bestRight = 0;
		int right = 0;
		for (int k = 0; k < predicted.size(); k++) {
			right += predicted.get(k).right() ? 1 : 0;
			boolean cut = k + 1 == predicted.size()
					|| predicted.get(k + 1).confidence() < predicted.get(k).confidence();
			if (cut && k + 1 >= minSupport && right >= target * (k + 1)) {
				best = k;
				bestRight = right;
			}
		}
		if (best < 0) {
			return new ClassThreshold(name, Double.POSITIVE_INFINITY, Double.NaN, 0, predicted.size());
		}
		return new ClassThreshold(name, predicted.get(best).confidence(), (double) bestRight / (best + 1), best + 1,
				predicted.size());
	}

	/** @return the index of the largest of {@code length} values from {@code offset} */
	public static int argmax(float[] values, int offset, int length) {
		int best = 0;
		for (int c = 1; c < length; c++) {
			if (values[offset + c] > values[offset + best]) {
				best = c;
			}
		}
		return best;
	}

	record Scored(double confidence, boolean right) {
	}
}
