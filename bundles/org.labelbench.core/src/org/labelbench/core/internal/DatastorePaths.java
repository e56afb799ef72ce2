package org.labelbench.core.internal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Names Labelbench chooses for what it writes into a datastore. */
final class DatastorePaths {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

	private DatastorePaths() {
	}

	/** @return a name with only letters, digits, dot, dash and underscore: safe in a path and a URL */
	static String safeName(String name) {
		return name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

	/** @return the current UTC time, sortable by name */
	static String timestamp() {
		return ZonedDateTime.now(ZoneOffset.UTC).format(TIME);
	}
}
