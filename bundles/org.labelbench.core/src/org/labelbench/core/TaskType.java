package org.labelbench.core;

import org.labelbench.model.DataKind;

/**
 * A labeling task type contributed to the {@code org.labelbench.core.taskTypes} extension point.
 *
 * @param id the id used in project definitions and on the command line, e.g. {@code image-bbox}
 * @param name the name shown to users
 * @param annotationKind what a labeler makes: {@code class-label}, {@code bounding-box}, {@code polygon}, or a
 *        contributor's own kind
 * @param multiLabel whether an item may carry several annotations
 * @param contributor the bundle that contributed the type
 */
public record TaskType(String id, String name, DataKind dataKind, String annotationKind, boolean multiLabel,
		String contributor) {
}
