package org.labelbench.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.store.ProjectRecord;

/** The projects of a workspace. Failures that the caller can fix throw InvalidInputException naming the cause. */
public interface Projects {

	/**
	 * Creates a project and initializes it: every matching file of the data folder (or row of a CSV file) becomes an
	 * item, streamed into the store without decoding. Entries that cannot be labeled (empty, unreadable, a row without
	 * the text column) become items in the error state with the reason. When this returns, every item is committed
	 * and the project is RUNNING. Beyond the project's item limit the first items in path order are added and the
	 * rest are counted as not added.
	 *
	 * @param monitor reports progress and may cancel; a canceled or failed initialization leaves nothing behind, and
	 *        the name stays free
	 * @throws org.labelbench.store.InvalidInputException for an unknown type, a used name, a missing folder, bad
	 *         classes or instructions
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	Initialization create(ProjectSpec spec, IProgressMonitor monitor);

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

	/**
	 * Deletes a project with its items and labels. Its name is never used again.
	 *
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	void delete(String name);

	/**
	 * Adds label classes. A running project is paused while the classes change and runs again after.
	 *
	 * @param mode what happens to the labels the project has
	 * @throws org.labelbench.store.InvalidInputException for a class the project has, or a bad class name
	 */
	ProjectStatus addLabels(String name, List<String> labels, LabelMode mode);

	/** Replaces the instructions: text, or a link (one of them null). */
	ProjectStatus setInstructions(String name, String text, String url);

	/**
	 * Turns incremental refresh on with an interval, or off.
	 *
	 * @param interval null to turn refresh off
	 */
	ProjectStatus setRefresh(String name, java.time.Duration interval);

	/**
	 * Turns ML assistance on or off: with it on, once enough items are labeled a model is trained and its confident
	 * predictions are shown to labelers as prelabels.
	 */
	ProjectStatus setMlAssist(String name, boolean enabled);

	/** Scans the project's data source now and adds the items it does not have yet. */
	RefreshResult refresh(String name, IProgressMonitor monitor);

	/** Refreshes every project whose refresh is on and due; failures are logged and the others go on. */
	List<RefreshResult> refreshDue(IProgressMonitor monitor);
}
