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
		}
	}
}
