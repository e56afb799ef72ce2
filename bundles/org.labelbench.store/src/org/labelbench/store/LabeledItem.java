package org.labelbench.store;

import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;

/**
 * A labeled item as exports read it: the item, its current labels and where they came from.
 *
 * @param width the image width in pixels when known (read when shapes were checked), else 0
 * @param height the image height in pixels when known, else 0
 * @param text the text of a CSV-row item, or null
 */
public record LabeledItem(long itemId, String location, int width, int height, String text, Submission submission,
		SubmissionSource source) {
}
