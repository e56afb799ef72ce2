package org.labelbench.core.tests;

import java.util.List;

import org.labelbench.core.AnnotationValidator;
import org.labelbench.core.TaskType;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;

/** The validator of the test task type contributed in plugin.xml. */
public final class AcceptEverything implements AnnotationValidator {

	@Override
	public List<String> validate(TaskType taskType, Project project, Submission submission) {
		return List.of();
	}
}
