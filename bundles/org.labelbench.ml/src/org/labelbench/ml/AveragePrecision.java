package org.labelbench.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mean average precision of detections against the true boxes (mAP at an IoU, PASCAL VOC style), in plain Java.
 * <p>
 * Per class, the detections of all images are ranked by score; each, in turn, is right when it overlaps a true box of
 * its class and image with at least the IoU asked for that no higher-ranked detection took (of those, the one it
 * overlaps most), and wrong otherwise, a second box on an object included. The average precision is the area under the
 * precision/recall curve made monotone (each precision the best at that recall or beyond), over every point. The mean
 * is over the classes that have true boxes.
 */
public final class AveragePrecision {

	private AveragePrecision() {
	}

	/** A detection ranked by its score, and whether it found an object. */
	public record Ranked(double score, boolean right) {
	}

	/**
	 * @param ranked the class's detections from the most confident down
	 * @param truths how many true boxes the class has
	 * @param averagePrecision NaN when the class has no true box
	 */
	public record ClassResult(String className, List<Ranked> ranked, int truths, double averagePrecision) {
	}

	/** @param mean the mean of the classes' average precisions, NaN when no class has a true box */
	public record Result(List<ClassResult> classes, double mean) {
	}

	/**
	 * @param detected for each image, the detections
	 * @param truth for each image, the true boxes (scores are ignored)
	 * @param minIou the overlap a detection needs to find an object, e.g. 0.5
	 */
	public static Result evaluate(List<List<Detection>> detected, List<List<Detection>> truth,
			List<String> classNames, double minIou) {
		if (detected.size() != truth.size()) {
			throw new IllegalArgumentException(detected.size() + " images detected, " + truth.size() + " true");
		}
		List<ClassResult> classes = new ArrayList<>();
		double sum = 0;
		int counted = 0;
		for (int c = 0; c < classNames.size(); c++) {
			ClassResult result = evaluate(c, classNames.get(c), detected, truth, minIou);
			classes.add(result);
			if (result.truths() > 0) {
				sum += result.averagePrecision();
				counted++;
			}
		}
		return new Result(List.copyOf(classes), counted == 0 ? Double.NaN : sum / counted);
	}

	private record Candidate(int image, Detection detection) {
	}

	private static ClassResult evaluate(int label, String name, List<List<Detection>> detected,
			List<List<Detection>> truth, double minIou) {
		List<Candidate> candidates = new ArrayList<>();
		List<List<Detection>> objects = new ArrayList<>();
		List<boolean[]> taken = new ArrayList<>();
		int truths = 0;
		for (int i = 0; i < truth.size(); i++) {
			List<Detection> mine = truth.get(i).stream().filter(d -> d.label() == label).toList();
			objects.add(mine);
			taken.add(new boolean[mine.size()]);
			truths += mine.size();
			for (Detection d : detected.get(i)) {
				if (d.label() == label) {
					candidates.add(new Candidate(i, d));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble((Candidate c) -> c.detection().score()).reversed());
		List<Ranked> ranked = new ArrayList<>();
		for (Candidate candidate : candidates) {
			List<Detection> boxes = objects.get(candidate.image());
			int best = -1;
			double bestIou = minIou;
			for (int k = 0; k < boxes.size(); k++) {
				double iou = candidate.detection().iou(boxes.get(k));
				if (iou >= bestIou && !taken.get(candidate.image())[k]) {
					best = k;
					bestIou = iou;
				}
			}
			if (best >= 0) {
				taken.get(candidate.image())[best] = true;
			}
			ranked.add(new Ranked(candidate.detection().score(), best >= 0));
		}
		return new ClassResult(name, List.copyOf(ranked), truths,
				truths == 0 ? Double.NaN : area(ranked, truths));
	}

	/** @return the area under the monotone precision/recall curve of ranked detections, every point */
	static double area(List<Ranked> ranked, int truths) {
		int n = ranked.size();
		double[] precision = new double[n];
		int right = 0;
		for (int k = 0; k < n; k++) {
			right += ranked.get(k).right() ? 1 : 0;
			precision[k] = (double) right / (k + 1);
		}
		for (int k = n - 2; k >= 0; k--) {
			precision[k] = Math.max(precision[k], precision[k + 1]);
		}
		double area = 0;
		for (int k = 0; k < n; k++) {
			if (ranked.get(k).right()) {
				area += precision[k] / truths; // recall rises by 1/truths at each right detection
			}
		}
		return area;
	}
}
