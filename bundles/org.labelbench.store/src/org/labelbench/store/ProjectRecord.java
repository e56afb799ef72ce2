package org.labelbench.store;

import org.labelbench.model.Project;

/**
 * A stored project: its database id, its definition (name, task type, state, classes, instructions, settings) and the
 * version of the definition it was read at. The definition is a detached copy; change it and pass it to
 * {@link ProjectRepository#update(ProjectRecord)}, which refuses it when the stored definition has changed since.
 *
 * @param version the stored definition's version when read; negative for a record that checks nothing
 */
public record ProjectRecord(long id, Project project, long version) {

	/** A record without a known version: updating it overwrites whatever is stored. */
	public ProjectRecord(long id, Project project) {
		this(id, project, -1);
	}
}
