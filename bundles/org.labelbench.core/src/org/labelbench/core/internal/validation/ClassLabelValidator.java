package org.labelbench.core.internal.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;

/** Classification: one class (multi-class) or distinct classes (multi-label). */
public final class ClassLabelValidator extends AnnotationChecks<ClassLabel> {

	public ClassLabelValidator() {
		super(ClassLabel.class);
	}

	@Override
	void checkGeometry(String which, ClassLabel annotation, List<String> problems) {
		// a class label has no geometry
	}

	@Override
	void checkTogether(List<Annotation> annotations, List<String> problems) {
		if (annotations.isEmpty()) {
			problems.add("at least one class is needed");
		}
		Set<String> seen = new HashSet<>();
		for (Annotation annotation : annotations) {
			if (annotation.getClassName() != null && !seen.add(annotation.getClassName())) {
				problems.add("class '" + annotation.getClassName() + "' is given twice");
			}
		}
	}
}
