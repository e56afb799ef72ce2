package org.labelbench.core;

import java.util.Date;
import java.util.Map;

import org.labelbench.model.ProjectState;
import org.labelbench.store.ItemCounts;

/**
 * A snapshot of a project: its definition's key facts and how far labeling has come.
 *
 * @param labels the number of current labels per class, every class of the project included, in class order
 */
public record ProjectStatus(long id, String name, String taskType, ProjectState state, Date createdAt,
		ItemCounts items, Map<String, Long> labels, Date lastRefresh) {
}
