package org.labelbench.store;

/**
 * An item found by a refresh.
 *
 * @param text the text of a text item from a CSV row, or null
 * @param errorReason why the item cannot be labeled, or null
 */
public record NewItem(String location, String text, String errorReason) {
}
