package org.labelbench.ml;

/**
 * A box around an object, found by a detector or drawn by a person, in fractions of the image's width and height (0
 * to 1 from the top left), so it holds at any image size.
 *
 * @param label the object's class, an index into the detector's classes
 * @param score the detector's confidence, 0 to 1 (1 for a person's box)
 */
public record Detection(int label, double score, double x, double y, double width, double height) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	/** @return the intersection over union of two boxes, 0 when they do not meet */
	public double iou(Detection other) {
		double w = Math.min(right(), other.right()) - Math.max(x, other.x);
		double h = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
		if (w <= 0 || h <= 0) {
			return 0;
		}
		double intersection = w * h;
		return intersection / (width * height + other.width * other.height - intersection);
	}
}
