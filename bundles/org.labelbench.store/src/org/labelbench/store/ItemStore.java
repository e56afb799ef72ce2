package org.labelbench.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labelbench.model.ItemState;

/** The items of the projects in a database, read and written as rows. */
public interface ItemStore {

	/** @return a writer that adds items to a project in batches */
	ItemWriter writer(long projectId);

	/** @return the number of items in each state */
	ItemCounts counts(long projectId);

	/** @return the number of current labels of each class name (classes without labels are absent) */
	Map<String, Long> labelCounts(long projectId);

	/**
	 * Hands the next queued item, in the project's random queue order, to a labeler: the item moves to
	 * {@link ItemState#IN_TASK}. No item is handed out twice, also not to concurrent callers.
	 *
	 * @return the claimed item, or empty when the queue is empty
	 */
	Optional<ItemRecord> claimNext(long projectId, String labeler);

	/** @return one item */
	Optional<ItemRecord> find(long projectId, long itemId);

	/** @return up to {@code limit} items in a state with ids above {@code afterId}, by id (paging without offsets) */
	List<ItemRecord> page(long projectId, ItemState state, long afterId, int limit);
}
