package org.labelbench.store;

import java.util.List;

import org.labelbench.model.Submission;

/**
 * A submission to store in bulk (an import).
 *
 * @param classes the class names its annotations use
 * @param width the image width to record, or 0
 * @param height the image height to record, or 0
 */
public record PendingSubmission(Submission submission, List<String> classes, int width, int height) {
}
