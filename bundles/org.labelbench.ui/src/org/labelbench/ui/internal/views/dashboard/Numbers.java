package org.labelbench.ui.internal.views.dashboard;

import java.text.NumberFormat;

/** Counts and shares as the user reads them: grouped digits, whole percents (under 1% shown as such). */
final class Numbers {

	private Numbers() {
	}

	static String count(long count) {
		return NumberFormat.getIntegerInstance().format(count);
	}

	static String percent(long part, long whole) {
		if (whole == 0) {
			return "0%"; //$NON-NLS-1$
		}
		double share = 100.0 * part / whole;
		if (share > 0 && share < 1) {
			return "<1%"; //$NON-NLS-1$
		}
		return Math.round(share) + "%"; //$NON-NLS-1$
	}
}
