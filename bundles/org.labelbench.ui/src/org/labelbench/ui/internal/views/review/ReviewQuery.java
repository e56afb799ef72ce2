package org.labelbench.ui.internal.views.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.core.Workspace;
import org.labelbench.model.DataKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/**
 * What the data review lists: a project's items under a state filter and, for labeled items, a class and a labeler.
 * Reads a page at a time by item id, so that a project of millions of items lists as fast as a small one.
 *
 * @param className only labeled items with a label of this class, or null
 * @param labeler only labeled items by this labeler, or null
 */
public record ReviewQuery(String project, long projectId, DataKind kind, StateFilter filter, String className,
		String labeler) {

	/** @return whether the number of rows is unknown until all are read: the project's counts do not tell it */
	public boolean countUnknown() {
		return className != null || labeler != null;
	}

	/** @return up to {@code limit} rows with item ids above {@code afterId}, by id */
	List<ReviewRow> page(Workspace workspace, long afterId, int limit) {
		if (filter == StateFilter.LABELED || countUnknown()) {
			return workspace.review().list(project, new ReviewFilter(className, labeler, null, null), afterId, limit)
					.stream().map(this::row).toList();
		}
		List<ItemRecord> items = workspace.store().items().page(projectId, filter.state(), filter.lastEvent(), afterId,
				limit);
		Map<Long, ReviewEntry> labels = labels(workspace, items);
		List<ReviewRow> rows = new ArrayList<>(items.size());
		for (ItemRecord item : items) {
			ReviewEntry entry = labels.get(item.id());
			rows.add(new ReviewRow(project, item.id(), item.location(), item.state(), item.lastEvent(),
					entry == null ? List.of() : entry.classes(), entry == null ? null : entry.labeler(),
					entry == null ? null : entry.submittedAt(), item.errorReason()));
		}
		return rows;
	}

	private ReviewRow row(ReviewEntry entry) {
		return new ReviewRow(project, entry.itemId(), entry.location(), ItemState.LABELED, null, entry.classes(),
				entry.labeler(), entry.submittedAt(), null);
	}

	/** @return the labels of the labeled items among these, read in one page: they are the next labeled ones by id */
	private Map<Long, ReviewEntry> labels(Workspace workspace, List<ItemRecord> items) {
		List<ItemRecord> labeled = items.stream().filter(i -> i.state() == ItemState.LABELED).toList();
		Map<Long, ReviewEntry> labels = new HashMap<>();
		if (!labeled.isEmpty()) {
			for (ReviewEntry entry : workspace.review().list(project, ReviewFilter.ALL, labeled.get(0).id() - 1,
					labeled.size())) {
				labels.put(entry.itemId(), entry);
			}
		}
		return labels;
	}
}
