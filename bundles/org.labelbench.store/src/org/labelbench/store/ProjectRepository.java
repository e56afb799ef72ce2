package org.labelbench.store;

import java.util.List;
import java.util.Optional;

import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;

/** The projects of a database. Names are unique for ever: a deleted project's name is not used again. */
public interface ProjectRepository {

	/**
	 * Stores a new project with an empty item table.
	 *
	 * @throws InvalidInputException when the name is or was used by another project
	 */
	ProjectRecord create(Project definition);

	/** @return the project with this name, unless it was deleted */
	Optional<ProjectRecord> find(String name);

	/** @return the id, type and state of the project with this name, unless it was deleted */
	Optional<ProjectRef> findRef(String name);

	/** @return the projects that are not deleted, by name */
	List<ProjectRecord> list();

	/** @return whether any project, deleted or not, has or had this name */
	boolean nameUsed(String name);

	/**
	 * Stores the changed definition (classes, instructions, settings) of a project; not its state, which only
	 * {@link #setState} changes.
	 *
	 * @return the record at its new version, for further changes
	 * @throws ConcurrentChangeException when the stored definition changed after the record was read (optimistic
	 *         locking); a record of negative version overwrites without checking
	 */
	ProjectRecord update(ProjectRecord record);

	/** Sets the state of a project without touching the rest of its definition. */
	void setState(long projectId, ProjectState state);

	/**
	 * Deletes a project with its items, labels and history. Its name stays used: no project gets it again.
	 */
	void delete(long projectId);

	/**
	 * Removes every trace of a project whose initialization failed or was canceled, so that its name is free again.
	 */
	void purge(long projectId);
}
