package org.labelbench.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote, and what it could not hold: nothing is dropped without being counted here.
 *
 * @param out the local file or directory written, or null when the export went into a datastore
 * @param notExported for each reason, how many annotations or items the format could not hold
 * @param address where the export is, as the user finds it: the local path, or the datastore's URL
 */
public record ExportSummary(String project, String format, Path out, long items, long annotations,
		Map<String, Long> notExported, String address) {

	/** An export to a local file or directory. */
	public ExportSummary(String project, String format, Path out, long items, long annotations,
			Map<String, Long> notExported) {
		this(project, format, out, items, annotations, notExported, out.toString());
	}
}
