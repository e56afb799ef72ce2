package org.labelbench.store;

/**
 * How many items of a project are in each state. {@code unlabeled + inTask + labeled + error == total} always;
 * {@code skipped} and {@code rejected} count the unlabeled items whose last event was a skip or a reject.
 */
public record ItemCounts(long total, long unlabeled, long inTask, long labeled, long error, long skipped,
		long rejected) {
}
