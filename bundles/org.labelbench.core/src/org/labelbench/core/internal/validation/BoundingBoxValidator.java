package org.labelbench.core.internal.validation;

import java.util.List;

import org.labelbench.model.BoundingBox;

/** Object detection: boxes with a positive width and height at finite pixel coordinates. */
public final class BoundingBoxValidator extends AnnotationChecks<BoundingBox> {

	public BoundingBoxValidator() {
		super(BoundingBox.class);
	}

	@Override
	void checkGeometry(String which, BoundingBox box, List<String> problems) {
		if (!finite(box.getX(), box.getY(), box.getWidth(), box.getHeight())) {
			problems.add(which + " has a coordinate that is not a number");
		} else if (box.getWidth() <= 0 || box.getHeight() <= 0) {
			problems.add(which + " has size " + box.getWidth() + "x" + box.getHeight() + "; a box needs a positive width and height");
		}
	}
}
