package org.labelbench.core;

import java.time.Duration;
import java.util.List;

import org.labelbench.model.Annotation;
import org.labelbench.store.ItemRecord;

/**
 * What a labeler does: take a task, label its items, skip them. Only on RUNNING projects; every failure that the
 * caller can fix is an InvalidInputException naming the project, item or class.
 */
public interface Labeling {

	/** How long a claimed item stays with its labeler before it returns to the queue. */
	Duration DEFAULT_LEASE = Duration.ofMinutes(30);

	/**
	 * @param size the number of items, 1 to 9 (a grid of images)
	 * @return up to {@code size} items in queue order, now in the labeler's task; empty when the queue is empty
	 */
	List<ItemRecord> claimTask(String project, String labeler, int size, Duration lease);

	/**
	 * Validates and stores the labels of an item, replacing earlier ones. The labels are durable when this returns.
	 *
	 * @param item the item's location: its path relative to the data source, or a CSV record number
	 * @return the stored item
	 */
	ItemRecord submit(String project, String item, List<Annotation> annotations, String labeler);

	/** Returns an item to the queue, recording the skip. */
	ItemRecord skip(String project, String item, String labeler);

	/**
	 * A labeler's own work in a project; the project's own progress is in its {@link ProjectStatus}.
	 *
	 * @param labeled items whose current labels the labeler submitted
	 * @param today of those, submitted since local midnight
	 */
	record Progress(long labeled, long today) {
	}

	/** @return how far a labeler has come in a project */
	Progress progress(String project, String labeler);
}
