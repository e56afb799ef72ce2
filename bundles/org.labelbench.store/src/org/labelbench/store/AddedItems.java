package org.labelbench.store;

/**
 * What adding items to a project did.
 *
 * @param added items now in the project
 * @param beyondLimit new items that were found but not added because the project reached its item limit
 */
public record AddedItems(long added, long beyondLimit) {
}
