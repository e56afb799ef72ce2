package org.labelbench.core;

import java.util.List;
import java.util.Map;

/**
 * Work assigned to particular labelers: a labeler's claims serve their assigned items first, then unassigned work;
 * an item assigned to someone is never served to anyone else. Administrators only.
 */
public interface Assignments {

	/**
	 * Assigns items to a labeler, who must be a labeler (or admin) of the project.
	 *
	 * @param items the items' locations
	 * @return how many were assigned (items in error are not)
	 * @throws org.labelbench.store.InvalidInputException for an item the project does not have
	 */
	long assign(String project, List<String> items, String labeler);

	/**
	 * Assigns the next {@code count} unassigned items of the queue, in queue order.
	 *
	 * @return how many were assigned: fewer when fewer are unassigned
	 */
	long assignNext(String project, String labeler, long count);

	/**
	 * Assigns a share of the unassigned queue.
	 *
	 * @param share a fraction, more than 0 and at most 1
	 * @return how many were assigned
	 */
	long assignShare(String project, String labeler, double share);

	/** Takes items' assignment away: they go to the unassigned queue. */
	long unassign(String project, List<String> items);

	/** @return queued items waiting for each assignee, and under {@code ""} the unassigned ones */
	Map<String, Long> queued(String project);
}
