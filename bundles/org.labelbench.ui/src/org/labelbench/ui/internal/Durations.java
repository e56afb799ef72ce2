package org.labelbench.ui.internal;

import java.time.Duration;

/** Intervals as people say them: "every day", "every 6 hours", "every 90 minutes". */
public final class Durations {

	private Durations() {
	}

	/** @return the interval in the largest whole unit, e.g. "2 days", "1 hour", "90 minutes" */
	public static String describe(Duration interval) {
		long minutes = interval.toMinutes();
		if (minutes > 0 && minutes % (24 * 60) == 0) {
			return Messages.bind(minutes == 24 * 60 ? Messages.Duration_day : Messages.Duration_days, minutes / (24 * 60));
		}
		if (minutes > 0 && minutes % 60 == 0) {
			return Messages.bind(minutes == 60 ? Messages.Duration_hour : Messages.Duration_hours, minutes / 60);
		}
		return Messages.bind(minutes == 1 ? Messages.Duration_minute : Messages.Duration_minutes, minutes);
	}
}
