package org.labelbench.store;

/**
 * Adds the items of a new project in one pass, streaming: nothing is held in memory per item. Nothing is visible to
 * others until {@link #commit()}; closing without committing discards what was added. Not thread-safe.
 */
public interface ItemWriter extends AutoCloseable {

	/** Adds an item to the queue. */
	void add(String location);

	/** Adds a text item (a CSV row) with its text. */
	void add(String location, String text);

	/** Adds an item that cannot be labeled, with the reason. */
	void addError(String location, String reason);

	/** @return how many items were added so far */
	long added();

	/**
	 * @return the items added so far by state, as {@link ItemStore#counts(long)} gives them once committed: each is
	 *         queued, or in error when it cannot be labeled (added as an error, or with too long a path)
	 */
	ItemCounts counts();

	/** Stores everything added, durably, in one transaction. */
	void commit();

	/** Discards what was added unless it was committed. */
	@Override
	void close();
}
