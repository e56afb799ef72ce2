package org.labelbench.export;

import java.util.Map;

/**
 * What an import did.
 *
 * @param items items that received labels
 * @param annotations annotations stored
 * @param notImported for each reason (an image the project does not have, an unknown category, invalid geometry),
 *        how many images or annotations were left out
 */
public record ImportResult(long items, long annotations, Map<String, Long> notImported) {
}
