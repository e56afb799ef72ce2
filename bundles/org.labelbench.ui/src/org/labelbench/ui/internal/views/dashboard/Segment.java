package org.labelbench.ui.internal.views.dashboard;

import org.eclipse.swt.graphics.RGB;

/**
 * One part of a project's items in the progress chart, e.g. the labeled ones.
 *
 * @param key a stable name for the part, which tests also use to find its legend entry
 * @param label what the user reads
 */
public record Segment(String key, String label, long count, RGB color) {
}
