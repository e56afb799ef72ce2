package org.labelbench.cli.internal.labeling;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.store.InvalidInputException;

/**
 * Annotations written on the command line: {@code --class C}, {@code --box x,y,w,h,C},
 * {@code --polygon x1,y1,x2,y2,...,C}. Coordinates are pixels, decimals allowed; the class name comes last.
 */
final class AnnotationArguments {

	private static final LabelbenchFactory F = LabelbenchFactory.eINSTANCE;

	private AnnotationArguments() {
	}

	static List<Annotation> parse(List<String> classes, List<String> boxes, List<String> polygons) {
		List<Annotation> annotations = new ArrayList<>();
		for (String name : classes) {
			ClassLabel label = F.createClassLabel();
			label.setClassName(name);
			annotations.add(label);
		}
		for (String value : boxes) {
			String[] parts = value.split(",", -1);
			if (parts.length != 5) {
				throw new InvalidInputException("--box '" + value + "' must be x,y,width,height,CLASS");
			}
			BoundingBox box = F.createBoundingBox();
			box.setX(number("--box", value, parts[0]));
			box.setY(number("--box", value, parts[1]));
			box.setWidth(number("--box", value, parts[2]));
			box.setHeight(number("--box", value, parts[3]));
			box.setClassName(parts[4]);
			annotations.add(box);
		}
		for (String value : polygons) {
			String[] parts = value.split(",", -1);
			if (parts.length < 3 || parts.length % 2 == 0) {
				throw new InvalidInputException("--polygon '" + value + "' must be x1,y1,x2,y2,...,CLASS");
			}
			Polygon polygon = F.createPolygon();
			for (int i = 0; i + 1 < parts.length; i += 2) {
				Point point = F.createPoint();
				point.setX(number("--polygon", value, parts[i]));
				point.setY(number("--polygon", value, parts[i + 1]));
				polygon.getPoints().add(point);
			}
			polygon.setClassName(parts[parts.length - 1]);
			annotations.add(polygon);
		}
		return annotations;
	}

	private static double number(String option, String value, String part) {
		try {
			double number = Double.parseDouble(part.strip());
			if (Double.isFinite(number)) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException(option + " '" + value + "': '" + part + "' is not a number");
	}
}
