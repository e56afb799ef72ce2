package org.labelbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/** What a reviewer does: look through labeled items and reject labels, which returns the items to the queue. */
public interface Review {

	/** @return labeled items matching the filter, by item id after {@code afterItemId} */
	List<ReviewEntry> list(String project, ReviewFilter filter, long afterItemId, int limit);

	/**
	 * Removes an item's labels and returns it to the queue, recording who rejected it and why.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the item is not labeled
	 */
	void reject(String project, String item, String reviewer, String reason);

	/**
	 * Opens an item's file from the project's data source, to show it; text items from CSV rows have no file, their
	 * text is read with {@link org.labelbench.store.ItemStore#text}.
	 *
	 * @param item the item's location, its path relative to the data source
	 * @throws IOException when the data source cannot be read
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	InputStream open(String project, String item) throws IOException;
}
