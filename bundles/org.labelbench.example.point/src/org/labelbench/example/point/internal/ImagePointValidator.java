package org.labelbench.example.point.internal;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.core.AnnotationValidator;
import org.labelbench.core.TaskType;
import org.labelbench.example.point.ImagePoint;
import org.labelbench.model.Annotation;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;

/**
 * Image points: every annotation is a point of a class of the project at finite, non-negative pixel coordinates. An
 * image may have no points at all (nothing to mark is an answer too). Written against the public
 * {@link AnnotationValidator} contract only, as any plugin's validator is.
 */
public final class ImagePointValidator implements AnnotationValidator {

	@Override
	public List<String> validate(TaskType taskType, Project project, Submission submission) {
		List<String> problems = new ArrayList<>();
		List<Annotation> annotations = submission.getAnnotations();
		for (int i = 0; i < annotations.size(); i++) {
			String which = "annotation " + (i + 1);
			if (!(annotations.get(i) instanceof ImagePoint point)) {
				problems.add(which + " is a " + annotations.get(i).eClass().getName() + ", but " + taskType.name()
						+ " takes ImagePoint annotations");
				continue;
			}
			if (point.getClassName() == null || project.findLabelClass(point.getClassName()) == null) {
				problems.add(which + " has class '" + point.getClassName() + "', which is not a class of project '"
						+ project.getName() + "'");
			}
			if (!Double.isFinite(point.getX()) || !Double.isFinite(point.getY())) {
				problems.add(which + " has a coordinate that is not a number");
			} else if (point.getX() < 0 || point.getY() < 0) {
				problems.add(which + " lies outside the image at " + point.getX() + "," + point.getY());
			}
		}
		return problems;
	}
}
