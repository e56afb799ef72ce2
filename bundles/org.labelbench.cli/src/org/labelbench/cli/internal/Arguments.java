package org.labelbench.cli.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.labelbench.store.InvalidInputException;

/** Parsing of the values commands take: durations, times, numbers. */
public final class Arguments {

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([mhd])");
	private static final Pattern DATASTORE_LOCATION = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://");

	private Arguments() {
	}

	/** @return a duration written {@code 30m}, {@code 12h}, {@code 1d} or ISO-8601 ({@code PT30M}) */
	public static Duration duration(String option, String value) {
		Matcher m = SHORT_DURATION.matcher(value.strip());
		if (m.matches()) {
			long n = Long.parseLong(m.group(1));
			return switch (m.group(2)) {
				case "m" -> Duration.ofMinutes(n);
				case "h" -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
			};
		}
		try {
			return Duration.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw new InvalidInputException(option + " '" + value + "' is not a duration such as 30m, 12h, 1d or PT30M");
		}
	}

	/** @return a time written as an ISO-8601 instant or a date (midnight, local time) */
	public static Instant time(String option, String value) {
		try {
			return value.contains("T") ? Instant.parse(value)
					: LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant();
		} catch (DateTimeParseException e) {
			throw new InvalidInputException(option + " '" + value + "' is not a date (2026-11-26) or a time "
					+ "(2026-11-26T10:15:00Z)");
		}
	}

	/** @return a whole number within bounds */
	public static int integer(String option, String value, int min, int max) {
		try {
			int n = Integer.parseInt(value.strip());
			if (n >= min && n <= max) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException(option + " '" + value + "' must be a whole number from " + min + " to " + max);
	}

	/** @return whether a --data or --out value names a datastore location (azure://store/path) rather than a path */
	public static boolean isDatastoreLocation(String value) {
		return DATASTORE_LOCATION.matcher(value).lookingAt();
	}
}
