package org.labelbench.ui.editor.polygon;

import java.util.Arrays;

/**
 * A polygon in the image's own pixels with the index of its label class: what the editor edits, immutable so that
 * undo keeps states (its vertices are never written after it is made). It becomes a model polygon on submit.
 *
 * @param xy the vertices as x0, y0, x1, y1...
 */
record Outline(int label, double[] xy) {

	int size() {
		return xy.length / 2;
	}

	double x(int vertex) {
		return xy[2 * vertex];
	}

	double y(int vertex) {
		return xy[2 * vertex + 1];
	}

	Outline withLabel(int newLabel) {
		return new Outline(newLabel, xy);
	}

	/** @return the outline with one vertex more, after all the others */
	Outline append(double x, double y) {
		return inserted(size(), x, y);
	}

	/** @return the outline with a vertex inserted at an index */
	Outline inserted(int vertex, double x, double y) {
		double[] next = new double[xy.length + 2];
		System.arraycopy(xy, 0, next, 0, 2 * vertex);
		next[2 * vertex] = x;
		next[2 * vertex + 1] = y;
		System.arraycopy(xy, 2 * vertex, next, 2 * vertex + 2, xy.length - 2 * vertex);
		return new Outline(label, next);
	}

	Outline without(int vertex) {
		double[] next = new double[xy.length - 2];
		System.arraycopy(xy, 0, next, 0, 2 * vertex);
		System.arraycopy(xy, 2 * vertex + 2, next, 2 * vertex, xy.length - 2 * vertex - 2);
		return new Outline(label, next);
	}

	Outline withVertex(int vertex, double x, double y) {
		double[] next = xy.clone();
		next[2 * vertex] = x;
		next[2 * vertex + 1] = y;
		return new Outline(label, next);
	}

	/** @return the outline moved, as far as it can go inside an image of the given size */
	Outline movedBy(double dx, double dy, double imageWidth, double imageHeight) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (int i = 0; i < size(); i++) {
			minX = Math.min(minX, x(i));
			maxX = Math.max(maxX, x(i));
			minY = Math.min(minY, y(i));
			maxY = Math.max(maxY, y(i));
		}
		double mx = Math.max(-minX, Math.min(imageWidth - maxX, dx));
		double my = Math.max(-minY, Math.min(imageHeight - maxY, dy));
		double[] next = xy.clone();
		for (int i = 0; i < size(); i++) {
			next[2 * i] += mx;
			next[2 * i + 1] += my;
		}
		return new Outline(label, next);
	}

	/** @return whether a point is inside (even-odd rule) */
	boolean contains(double px, double py) {
		boolean inside = false;
		for (int i = 0, j = size() - 1; i < size(); j = i++) {
			if ((y(i) > py) != (y(j) > py) && px < (x(j) - x(i)) * (py - y(i)) / (y(j) - y(i)) + x(i)) {
				inside = !inside;
			}
		}
		return inside;
	}

	/** @return the area enclosed (shoelace formula): a closed polygon needs some */
	double area() {
		double twice = 0;
		for (int i = 0, j = size() - 1; i < size(); j = i++) {
			twice += x(j) * y(i) - x(i) * y(j);
		}
		return Math.abs(twice) / 2;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Outline outline && outline.label == label && Arrays.equals(outline.xy, xy);
	}

	@Override
	public int hashCode() {
		return 31 * label + Arrays.hashCode(xy);
	}

	@Override
	public String toString() {
		return "Outline[" + label + " " + Arrays.toString(xy) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
