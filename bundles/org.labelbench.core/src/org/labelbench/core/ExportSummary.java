package org.labelbench.core;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote, and what it could not hold: nothing is dropped without being counted here.
 *
 * @param notExported for each reason, how many annotations or items the format could not hold
 */
public record ExportSummary(String project, String format, Path out, long items, long annotations,
		Map<String, Long> notExported) {
}
