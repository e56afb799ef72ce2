package org.labelbench.core;

import java.util.List;

import org.labelbench.model.Project;
import org.labelbench.model.Submission;

/** Checks a submission against its project's task type and classes before it is stored. */
public interface AnnotationValidator {

	/**
	 * @param taskType the task type of the project
	 * @return what is wrong with the submission, one message per problem naming the annotation; empty when valid
	 */
	List<String> validate(TaskType taskType, Project project, Submission submission);
}
