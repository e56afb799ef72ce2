package org.labelbench.imaging;

import java.util.Locale;

/**
 * A VOI window (DICOM PS3.3 C.11.2.1.2): the range of modality values (stored values after rescale slope and
 * intercept, e.g. Hounsfield units) that is spread over the display's gray levels.
 *
 * @param center the window center (level)
 * @param width the window width, at least 1
 * @param name where the window comes from: a preset's name, the file's explanation, or a description
 */
public record Window(double center, double width, String name) {

	public Window {
		if (!(width >= 1) || !Double.isFinite(center) || !Double.isFinite(width)) {
			throw new IllegalArgumentException("a window needs a finite center and a width of at least 1, not "
					+ center + "/" + width);
		}
	}

	public Window(double center, double width) {
		this(center, width, String.format(Locale.ROOT, "%s/%s", number(center), number(width)));
	}

	/** @return the window that shows 8-bit values unchanged: 0 is black, 255 white */
	public static Window identity8() {
		return new Window(128, 256, "full range");
	}

	/** @return the narrowest window that spans modality values {@code min..max}: min is black, max white */
	public static Window spanning(double min, double max) {
		return new Window((min + max + 1) / 2, Math.max(1, max - min + 1), "full range");
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
