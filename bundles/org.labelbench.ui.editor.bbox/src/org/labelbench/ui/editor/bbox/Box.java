package org.labelbench.ui.editor.bbox;

/**
 * A box in the image's own pixels with the index of its label class: what the editor edits, immutable so that undo
 * keeps states. It becomes a model bounding box on submit.
 */
record Box(int label, double x, double y, double width, double height) {

	/** the eight handles, clockwise from the top left: where each sits as a fraction of the width and height */
	static final double[] HANDLE_X = { 0, 0.5, 1, 1, 1, 0.5, 0, 0 };
	static final double[] HANDLE_Y = { 0, 0, 0, 0.5, 1, 1, 1, 0.5 };

	/** @return the box between two corners, in any order */
	static Box spanning(int label, double x0, double y0, double x1, double y1) {
		return new Box(label, Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
	}

	double right() {
		return x + width;
	}

	double bottom() {
		return y + height;
	}

	boolean contains(double px, double py) {
		return px >= x && px <= right() && py >= y && py <= bottom();
	}

	Box withLabel(int newLabel) {
		return new Box(newLabel, x, y, width, height);
	}

	/** @return the box moved, kept inside an image of the given size */
	Box movedBy(double dx, double dy, double imageWidth, double imageHeight) {
		double nx = Math.max(0, Math.min(imageWidth - width, x + dx));
		double ny = Math.max(0, Math.min(imageHeight - height, y + dy));
		return new Box(label, nx, ny, width, height);
	}

	/** @return the box with the edges of a handle moved to a point; the other edges stay, and may be crossed */
	Box resized(int handle, double px, double py) {
		double x0 = HANDLE_X[handle] == 0 ? px : x;
		double x1 = HANDLE_X[handle] == 1 ? px : right();
		double y0 = HANDLE_Y[handle] == 0 ? py : y;
		double y1 = HANDLE_Y[handle] == 1 ? py : bottom();
		return spanning(label, x0, y0, x1, y1);
	}
}
