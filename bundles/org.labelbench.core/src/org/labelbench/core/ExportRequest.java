package org.labelbench.core;

import java.nio.file.Path;

/**
 * @param format a contributed format id: coco, csv, manifest, ...
 * @param out a file or a directory, as the format writes; null when {@code destination} is given
 * @param allItems also items without labels (COCO {@code images})
 * @param includePrelabels also prelabels nobody has reviewed yet, for items without accepted labels
 * @param destination a datastore that takes the export instead of {@code out}, for example {@code azure://store}
 *        (the export goes under {@code Labeling/export/FORMAT/PROJECT/TIME/}) or {@code azure://store/path/file.json};
 *        or null
 */
public record ExportRequest(String project, String format, Path out, boolean allItems, boolean includePrelabels,
		String destination) {

	/** An export to a local file or directory. */
	public ExportRequest(String project, String format, Path out, boolean allItems, boolean includePrelabels) {
		this(project, format, out, allItems, includePrelabels, null);
	}
}
