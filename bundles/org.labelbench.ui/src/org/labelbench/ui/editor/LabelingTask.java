package org.labelbench.ui.editor;

import java.util.List;

/**
 * A task as the labeling view hands it to an editor: the items claimed for the labeler, with their content.
 *
 * @param project the project's name
 */
public record LabelingTask(String project, List<TaskItem> items) {

	public LabelingTask {
		items = List.copyOf(items);
	}
}
