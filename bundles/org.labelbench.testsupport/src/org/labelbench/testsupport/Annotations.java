package org.labelbench.testsupport;

import org.labelbench.model.BoundingBox;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;

/** Builders of annotations for tests. */
public final class Annotations {

	public static final LabelbenchFactory F = LabelbenchFactory.eINSTANCE;

	private Annotations() {
	}

	public static ClassLabel label(String className) {
		ClassLabel label = F.createClassLabel();
		label.setClassName(className);
		return label;
	}

	public static BoundingBox box(double x, double y, double width, double height, String className) {
		BoundingBox box = F.createBoundingBox();
		box.setX(x);
		box.setY(y);
		box.setWidth(width);
		box.setHeight(height);
		box.setClassName(className);
		return box;
	}

	/** @param xy the vertices as x1, y1, x2, y2, ... */
	public static Polygon polygon(String className, double... xy) {
		Polygon polygon = F.createPolygon();
		polygon.setClassName(className);
		for (int i = 0; i < xy.length; i += 2) {
			Point point = F.createPoint();
			point.setX(xy[i]);
			point.setY(xy[i + 1]);
			polygon.getPoints().add(point);
		}
		return polygon;
	}
}
