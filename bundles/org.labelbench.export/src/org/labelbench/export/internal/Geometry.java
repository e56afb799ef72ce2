package org.labelbench.export.internal;

import org.labelbench.model.Point;
import org.labelbench.model.Polygon;

/** The tight box of a polygon. */
final class Geometry {

	private Geometry() {
	}

	/** @return {x, y, width, height} of the smallest box around the polygon */
	static double[] bounds(Polygon polygon) {
		double minX = Double.MAX_VALUE;
		double minY = Double.MAX_VALUE;
		double maxX = -Double.MAX_VALUE;
		double maxY = -Double.MAX_VALUE;
		for (Point p : polygon.getPoints()) {
			minX = Math.min(minX, p.getX());
			minY = Math.min(minY, p.getY());
			maxX = Math.max(maxX, p.getX());
			maxY = Math.max(maxY, p.getY());
		}
		return new double[] { minX, minY, maxX - minX, maxY - minY };
	}
}
