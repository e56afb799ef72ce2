package org.labelbench.core.internal.validation;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.core.AnnotationValidator;
import org.labelbench.core.TaskType;
import org.labelbench.model.Annotation;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;

/**
 * What every built-in validator checks: each annotation is of the task type's kind and names a class of the project;
 * single-label types take exactly one annotation. Subclasses add the geometry.
 */
abstract class AnnotationChecks<A extends Annotation> implements AnnotationValidator {

	private final Class<A> kind;

	AnnotationChecks(Class<A> kind) {
		this.kind = kind;
	}

	@Override
	public final List<String> validate(TaskType taskType, Project project, Submission submission) {
		List<String> problems = new ArrayList<>();
		List<Annotation> annotations = submission.getAnnotations();
		if (!taskType.multiLabel() && annotations.size() != 1) {
			problems.add(taskType.name() + " takes exactly one class, not " + annotations.size());
		}
		for (int i = 0; i < annotations.size(); i++) {
			Annotation annotation = annotations.get(i);
			String which = "annotation " + (i + 1);
			if (!kind.isInstance(annotation)) {
				problems.add(which + " is a " + annotation.eClass().getName() + ", but " + taskType.name() + " takes "
						+ kind.getSimpleName() + " annotations");
				continue;
			}
			if (annotation.getClassName() == null || project.findLabelClass(annotation.getClassName()) == null) {
				problems.add(which + " has class '" + annotation.getClassName() + "', which is not a class of project '"
						+ project.getName() + "'");
			}
			checkGeometry(which, kind.cast(annotation), problems);
		}
		checkTogether(annotations, problems);
		return problems;
	}

	/** Adds a message per problem of the annotation's geometry. */
	abstract void checkGeometry(String which, A annotation, List<String> problems);

	/** Adds a message per problem among the annotations of one submission; none by default. */
	void checkTogether(List<Annotation> annotations, List<String> problems) {
		// most kinds allow any combination
	}

	static boolean finite(double... values) {
		for (double value : values) {
			if (!Double.isFinite(value)) {
				return false;
			}
		}
		return true;
	}
}
