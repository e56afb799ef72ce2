package org.labelbench.ui.editor;

import java.util.List;

import org.labelbench.core.TaskType;

/** What the labeling view tells an editor about the project, and what the editor tells the view. */
public interface EditorSite {

	/** @return the project's task type */
	TaskType taskType();

	/** @return the project's label classes in order; the first nine are picked with the keys 1 to 9 */
	List<String> classes();

	/**
	 * @return a choice the labeler made in an editor of this task type in an earlier session, such as the grid size,
	 *         or null
	 */
	default String setting(String key) {
		return null;
	}

	/** Keeps a choice of the labeler's in the editor of this task type for later sessions. */
	default void setSetting(String key, String value) {
		// a site that keeps no settings, such as one made by a test, forgets them
	}

	/** Tells the view that the labels changed, so that it can show what will be submitted. */
	void labelsChanged();
}
