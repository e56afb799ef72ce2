package org.labelbench.ml;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.ml.Calibration.ClassThreshold;

/**
 * Per-class thresholds for multi-label classifiers, where each class's probability stands alone. Each class gets two:
 * from {@code present} up, saying the item has the class is right at least {@code target} of the time on the
 * validation items; up to {@code absent}, saying it has not is. An item is prelabeled only when every class is
 * decided one way or the other and at least one is present (see {@link #decide}).
 */
public final class MultiLabelCalibration {

	/** the absent thresholds are calibrated on 1 - p: a float probability at the threshold may round past it */
	private static final double ROUNDING = 1e-6;

	private MultiLabelCalibration() {
	}

	/**
	 * @param present per class, the lowest probability that says "has it" ({@link Double#POSITIVE_INFINITY}: never)
	 * @param absent per class, the highest probability that says "has it not" ({@link Double#NEGATIVE_INFINITY}:
	 *        never)
	 * @param accuracy the share of validation items whose classes at probability 0.5 are exactly right
	 * @param precision the share of prelabeled validation items whose prelabel is exactly right
	 * @param coverage the share of validation items that would be prelabeled
	 */
	public record Thresholds(List<String> classes, double[] present, double[] absent, int items, double accuracy,
			double precision, double coverage) {
	}

	/**
	 * @param probabilities {@code n x classes} probabilities, item by item
	 * @param truth {@code n x classes} values, 1 where the item has the class
	 */
	public static Thresholds calibrate(float[] probabilities, float[] truth, List<String> classes, double target,
			int minSupport) {
		int k = classes.size();
		int n = truth.length / k;
		double[] present = new double[k];
		double[] absent = new double[k];
		for (int c = 0; c < k; c++) {
			List<Calibration.Scored> yes = new ArrayList<>();
			List<Calibration.Scored> no = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				float p = probabilities[i * k + c];
				boolean has = truth[i * k + c] > 0.5f;
				yes.add(new Calibration.Scored(p, has));
				no.add(new Calibration.Scored(1 - p, !has));
			}
			ClassThreshold up = Calibration.threshold(classes.get(c), yes, target, minSupport);
			ClassThreshold down = Calibration.threshold(classes.get(c), no, target, minSupport);
			present[c] = up.threshold();
			absent[c] = down.reached() ? 1 - down.threshold() : Double.NEGATIVE_INFINITY;
		}
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
		return new Thresholds(List.copyOf(classes), present, absent, n, n == 0 ? Double.NaN : (double) exact / n,
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
