package org.labelbench.example.sentiment;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.core.AnnotationValidator;
import org.labelbench.core.TaskType;
import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;

/** The sentiment of a text: exactly one class label, which names a class of the project. */
public final class SentimentValidator implements AnnotationValidator {

	@Override
	public List<String> validate(TaskType taskType, Project project, Submission submission) {
		List<String> problems = new ArrayList<>();
		List<Annotation> annotations = submission.getAnnotations();
		if (annotations.size() != 1) {
			problems.add(taskType.name() + " takes exactly one sentiment, not " + annotations.size());
		}
		for (Annotation annotation : annotations) {
			if (!(annotation instanceof ClassLabel)) {
				problems.add("a sentiment is a class label, not a " + annotation.eClass().getName());
			} else if (project.findLabelClass(annotation.getClassName()) == null) {
				problems.add("'" + annotation.getClassName() + "' is not a sentiment of project '" + project.getName()
						+ "'");
			}
		}
		return problems;
	}
}
