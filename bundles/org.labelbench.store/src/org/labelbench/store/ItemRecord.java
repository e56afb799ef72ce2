package org.labelbench.store;

import java.util.Optional;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;

/**
 * One item as a light record: projects have millions of them, so they are never loaded as model objects in bulk.
 *
 * @param location where the data is, relative to the data source root
 * @param lastEvent the last skip or reject, if that is what returned the item to the queue
 * @param errorReason why the item cannot be labeled, for items in state {@link ItemState#ERROR}
 */
public record ItemRecord(long projectId, long id, String location, ItemState state, ItemEventKind lastEvent,
		String errorReason) {

	public Optional<ItemEventKind> lastEventKind() {
		return Optional.ofNullable(lastEvent);
	}
}
