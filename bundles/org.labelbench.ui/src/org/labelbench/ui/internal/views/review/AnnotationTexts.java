package org.labelbench.ui.internal.views.review;

import java.text.NumberFormat;

import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.Polygon;
import org.labelbench.ui.internal.Messages;

/** An annotation in words, as the item dialog lists it. */
final class AnnotationTexts {

	private AnnotationTexts() {
	}

	static String describe(Annotation annotation) {
		NumberFormat number = NumberFormat.getNumberInstance();
		number.setMaximumFractionDigits(1);
		if (annotation instanceof BoundingBox box) {
			return Messages.bind(Messages.Item_box, new Object[] { box.getClassName(), number.format(box.getX()),
					number.format(box.getY()), number.format(box.getWidth()), number.format(box.getHeight()) });
		}
		if (annotation instanceof Polygon polygon) {
			return Messages.bind(Messages.Item_polygon, polygon.getClassName(), polygon.getPoints().size());
		}
		return annotation.getClassName();
	}
}
