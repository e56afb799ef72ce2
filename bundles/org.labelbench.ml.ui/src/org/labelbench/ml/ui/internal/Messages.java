package org.labelbench.ml.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings the ML workbench shows, from {@code messages.properties}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.ml.ui.internal.messages"; //$NON-NLS-1$

	public static String Part_noProject;
	public static String Part_heading;
	public static String Part_labels;
	public static String Part_pending;
	public static String Part_due;
	public static String Part_off;
	public static String Part_reading;
	public static String Part_trainNow;
	public static String TrainNow_failed;
	public static String Schedule_first;
	public static String Schedule_labels;
	public static String Schedule_every;
	public static String Schedule_more;
	public static String Schedule_apply;
	public static String Schedule_storing;
	public static String Schedule_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
