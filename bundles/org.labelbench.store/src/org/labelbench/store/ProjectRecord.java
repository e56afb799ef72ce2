package org.labelbench.store;

import org.labelbench.model.Project;

/**
 * A stored project: its database id and its definition (name, task type, state, classes, instructions, settings).
 * The definition is a detached copy; change it and pass it to {@link ProjectRepository#update(ProjectRecord)}.
 */
public record ProjectRecord(long id, Project project) {
}
