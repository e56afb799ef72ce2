package org.labelbench.store;

import java.time.Instant;
import java.util.List;

/** A labeled item as a reviewer sees it: who labeled it, when, with which classes. */
public record ReviewEntry(long itemId, String location, String labeler, Instant submittedAt, List<String> classes) {
}
