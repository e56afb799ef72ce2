package org.labelbench.core.internal.validation;

import java.util.List;

import org.labelbench.model.Point;
import org.labelbench.model.Polygon;

/** Instance segmentation: polygons of at least three vertices that enclose an area. */
public final class PolygonValidator extends AnnotationChecks<Polygon> {

	public PolygonValidator() {
		super(Polygon.class);
	}

	@Override
	void checkGeometry(String which, Polygon polygon, List<String> problems) {
		if (polygon.getPoints().size() < 3) {
			problems.add(which + " has " + polygon.getPoints().size() + " vertices; a polygon needs at least 3");
			return;
		}
		for (Point point : polygon.getPoints()) {
			if (!finite(point.getX(), point.getY())) {
				problems.add(which + " has a vertex that is not a number");
				return;
			}
		}
		long distinct = polygon.getPoints().stream().map(p -> p.getX() + "," + p.getY()).distinct().count();
		if (distinct < 3) {
			problems.add(which + " has " + distinct + " distinct vertices; a polygon needs at least 3");
		} else if (polygon.area() <= 0) {
			problems.add(which + " encloses no area (its vertices lie on a line)");
		} else {
			crossing(polygon.getPoints()).ifPresent(edges -> problems.add(which + " crosses itself: its edges "
					+ edges[0] + " and " + edges[1] + " intersect (edge 1 runs from the first vertex to the second)"));
		}
	}

	/**
	 * @return the numbers (from 1) of two edges that cross, if any do: a polygon that crosses itself has no single
	 *         inside, so its area and mask mean nothing. Edges that only touch at a shared vertex do not count.
	 */
	static java.util.Optional<int[]> crossing(List<Point> points) {
		int n = points.size();
		for (int i = 0; i < n; i++) {
			Point a = points.get(i);
			Point b = points.get((i + 1) % n);
			for (int j = i + 2; j < n; j++) {
				if (i == 0 && j == n - 1) {
					continue; // the last edge and the first share the first vertex
				}
				if (cross(a, b, points.get(j), points.get((j + 1) % n))) {
					return java.util.Optional.of(new int[] { i + 1, j + 1 });
				}
			}
		}
		return java.util.Optional.empty();
	}

	/** @return whether segments ab and cd intersect in a point inside both, or overlap */
	private static boolean cross(Point a, Point b, Point c, Point d) {
		double d1 = side(c, d, a);
		double d2 = side(c, d, b);
		double d3 = side(a, b, c);
		double d4 = side(a, b, d);
		if ((d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)) {
			return true;
		}
		return d1 == 0 && within(c, d, a) || d2 == 0 && within(c, d, b) || d3 == 0 && within(a, b, c)
				|| d4 == 0 && within(a, b, d);
	}

	private static double side(Point from, Point to, Point p) {
		return (to.getX() - from.getX()) * (p.getY() - from.getY()) - (to.getY() - from.getY()) * (p.getX() - from.getX());
	}

	/** @return whether p, on the line of segment ab, lies on the segment */
	private static boolean within(Point a, Point b, Point p) {
		return Math.min(a.getX(), b.getX()) <= p.getX() && p.getX() <= Math.max(a.getX(), b.getX())
				&& Math.min(a.getY(), b.getY()) <= p.getY() && p.getY() <= Math.max(a.getY(), b.getY());
	}
}
