package org.labelbench.core;

import java.nio.file.Path;

/**
 * @param format a contributed format id: coco, csv, manifest, ...
 * @param out a file or a directory, as the format writes
 * @param allItems also items without labels (COCO {@code images})
 * @param includePrelabels also prelabels nobody has reviewed yet, for items without accepted labels
 */
public record ExportRequest(String project, String format, Path out, boolean allItems, boolean includePrelabels) {
}
