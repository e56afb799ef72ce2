package org.labelbench.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.store.ProjectRecord;

/** The projects of a workspace. Failures that the caller can fix throw InvalidInputException naming the cause. */
public interface Projects {

	/**
	 * Creates a project and initializes it: every matching file of the data folder becomes an item, streamed into the
	 * store in batches without decoding. Files that cannot be labeled (empty, unreadable) become items in the error
	 * state with the reason. When this returns, every item is committed and the project is RUNNING.
	 *
	 * @param monitor reports progress and may cancel; a canceled initialization leaves the project INITIALIZING
	 * @throws org.labelbench.store.InvalidInputException for an unknown type, a used name, a missing folder, bad
	 *         classes or instructions
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	ProjectStatus create(ProjectSpec spec, IProgressMonitor monitor);

	/** @return all projects with their progress, by name */
	List<ProjectStatus> list();

	/**
	 * @return the status of a project
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	ProjectStatus status(String name);

	/**
	 * @return the stored project with its definition
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	ProjectRecord get(String name);

	/**
	 * Lets labelers work on a paused project.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the project does not exist or is still initializing
	 */
	ProjectStatus run(String name);

	/**
	 * Stops handing out items of a running project; work in progress can still be submitted.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the project does not exist or is still initializing
	 */
	ProjectStatus pause(String name);
}
