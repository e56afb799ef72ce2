package org.labelbench.core;

import java.util.List;
import java.util.Optional;

/** The task types contributed by the installed plugins. Available as an OSGi service. */
public interface TaskTypeRegistry {

	/** @return every task type, in contribution order */
	List<TaskType> all();

	/** @return the task type with this id */
	Optional<TaskType> find(String id);

	/**
	 * @return the type with this id
	 * @throws org.labelbench.store.InvalidInputException naming the known types when there is none
	 */
	TaskType require(String id);

	/** @return the validator of a task type, created on first use */
	AnnotationValidator validator(TaskType type);
}
