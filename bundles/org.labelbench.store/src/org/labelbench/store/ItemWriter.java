package org.labelbench.store;

/**
 * Adds items to a project in batches. Items become visible to others as batches commit; everything added is
 * committed when {@link #close()} returns. Not thread-safe.
 */
public interface ItemWriter extends AutoCloseable {

	/** Adds an item to the queue. */
	void add(String location);

	/** Adds an item that cannot be labeled, with the reason. */
	void addError(String location, String reason);

	/** @return how many items were added so far */
	long added();

	/** Commits what was added. */
	@Override
	void close();
}
