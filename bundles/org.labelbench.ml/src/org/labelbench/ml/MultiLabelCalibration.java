package org.labelbench.ml;

import java.util.Arrays;
import java.util.List;

/**
 * Thresholds for multi-label classifiers, where each class's probability stands alone. A prelabel is right only when
 * its whole set of classes is, so the thresholds are chosen for whole sets: a class is present from {@code present}
 * up and absent up to {@code absent}, and an item is prelabeled only when every class is decided one way or the other
 * and at least one is present (see {@link #decide}).
 * <p>
 * One confidence {@code s} decides every class ({@code present = s}, {@code absent = 1 - s}): an item is prelabeled
 * when its least certain class is at least {@code s} sure. Per-class thresholds, ten of them tuned on a few hundred
 * validation items, fit those items' chance and promised more than they kept on new items; one does not. {@code s} is
 * the lowest confidence at which the validation sets prelabeled are exactly right at least the target precision of
 * the time with a margin of one standard error (the lower end of the Wilson interval at z = 1), resting on
 * {@code minSupport} items at least.
 */
public final class MultiLabelCalibration {

	/** the absent thresholds are compared with 1 - s: a float probability at the threshold may round past it */
	private static final double ROUNDING = 1e-6;
	/** how many standard errors the measured precision must clear the target by */
	private static final double MARGIN = 1;

	private MultiLabelCalibration() {
	}

	/**
	 * @param present per class, the lowest probability that says "has it" ({@link Double#POSITIVE_INFINITY}: never)
	 * @param absent per class, the highest probability that says "has it not" ({@link Double#NEGATIVE_INFINITY}:
	 *        never)
	 * @param confidence the confidence {@code s} every class must reach ({@link Double#POSITIVE_INFINITY} when no
	 *        confidence gives sets precise enough: then nothing is prelabeled)
	 * @param accuracy the share of validation items whose classes at probability 0.5 are exactly right
	 * @param precision the share of prelabeled validation items whose prelabel is exactly right (NaN when none is)
	 * @param coverage the share of validation items that would be prelabeled
	 */
	public record Thresholds(List<String> classes, double[] present, double[] absent, double confidence, int items,
			double accuracy, double precision, double coverage) {
	}

	/**
	 * @param probabilities {@code n x classes} probabilities, item by item
	 * @param truth {@code n x classes} values, 1 where the item has the class
	 * @param target the precision the prelabeled sets must reach, e.g. 0.95
	 * @param minSupport the fewest prelabeled validation items the precision may rest on
	 */
	public static Thresholds calibrate(float[] probabilities, float[] truth, List<String> classes, double target,
			int minSupport) {
		int k = classes.size();
		if (k == 0 || probabilities.length != truth.length || truth.length % k != 0) {
			throw new IllegalArgumentException(probabilities.length + " probabilities and " + truth.length
					+ " truth values for " + k + " classes");
		}
		if (!(target > 0 && target <= 1)) {
			throw new IllegalArgumentException("the target precision is above 0 and at most 1, not " + target);
		}
		int n = truth.length / k;
		double[] certainty = new double[n];
		for (int i = 0; i < n; i++) {
			certainty[i] = certainty(probabilities, i * k, k);
		}
		double[] cuts = Arrays.stream(certainty).filter(c -> c >= 0.5).distinct().sorted().toArray();
		for (double cut : cuts) {
			Thresholds thresholds = at(probabilities, truth, classes, cut);
			int decided = (int) Math.round(thresholds.coverage() * n);
			if (decided >= minSupport && lowerBound(thresholds.precision(), decided) >= target) {
				return thresholds;
			}
		}
		return at(probabilities, truth, classes, Double.POSITIVE_INFINITY);
	}

	/** @return how sure the classifier is of its least certain class: the smallest of max(p, 1 - p) */
	static double certainty(float[] probabilities, int offset, int k) {
		double least = 1;
		for (int c = 0; c < k; c++) {
			double p = probabilities[offset + c];
			least = Math.min(least, Math.max(p, 1 - p));
		}
		return least;
	}

	/** @return the lower end of the Wilson score interval of a share measured on {@code n} items */
	static double lowerBound(double share, int n) {
		double z = MARGIN;
		double z2n = z * z / n;
		return (share + z2n / 2 - z * Math.sqrt(share * (1 - share) / n + z2n / (4 * n))) / (1 + z2n);
	}

	/** @return the thresholds at confidence {@code s}, with what they give on the validation items */
	static Thresholds at(float[] probabilities, float[] truth, List<String> classes, double s) {
		int k = classes.size();
		int n = truth.length / k;
		double[] present = new double[k];
		double[] absent = new double[k];
		Arrays.fill(present, s);
		Arrays.fill(absent, 1 - s);
		int exact = 0;
		int decided = 0;
		int right = 0;
		for (int i = 0; i < n; i++) {
			boolean half = true;
			for (int c = 0; c < k; c++) {
				half &= (probabilities[i * k + c] >= 0.5f) == (truth[i * k + c] > 0.5f);
			}
			exact += half ? 1 : 0;
			boolean[] decision = decide(probabilities, i * k, present, absent);
			if (decision != null) {
				decided++;
				boolean same = true;
				for (int c = 0; c < k; c++) {
					same &= decision[c] == truth[i * k + c] > 0.5f;
				}
				right += same ? 1 : 0;
			}
		}
		return new Thresholds(List.copyOf(classes), present, absent, s, n, n == 0 ? Double.NaN : (double) exact / n,
				decided == 0 ? Double.NaN : (double) right / decided, n == 0 ? 0 : (double) decided / n);
	}

	/**
	 * @return the classes an item has, when every class is decided and one at least is present; otherwise null
	 */
	public static boolean[] decide(float[] probabilities, int offset, double[] present, double[] absent) {
		boolean[] has = new boolean[present.length];
		boolean any = false;
		for (int c = 0; c < present.length; c++) {
			double p = probabilities[offset + c];
			if (p >= present[c]) {
				has[c] = true;
				any = true;
			} else if (!(p <= absent[c] + ROUNDING)) {
				return null;
			}
		}
		return any ? has : null;
	}
}
