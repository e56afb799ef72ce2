package org.labelbench.store;

import org.labelbench.model.ProjectState;

/** A project's identity and state, read without its definition: for the checks every labeling call makes. */
public record ProjectRef(long id, String name, String taskType, ProjectState state) {
}
