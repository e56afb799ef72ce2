package org.labelbench.core;

/**
 * The outcome of a refresh.
 *
 * @param added new items added to the queue (errors included)
 * @param notAdded new items found beyond the project's item limit
 */
public record RefreshResult(String project, long added, long notAdded) {
}
