package org.labelbench.store;

import java.time.Instant;

/**
 * Which labeled items a reviewer wants to see; null fields do not filter.
 *
 * @param className items with a label of this class
 * @param labeler items labeled by this user
 * @param since items labeled at or after this time
 * @param until items labeled before this time
 */
public record ReviewFilter(String className, String labeler, Instant since, Instant until) {

	public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null);
}
