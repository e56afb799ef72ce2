package org.labelbench.ui.editor.polygon;

import org.eclipse.osgi.util.NLS;

/** The strings the polygon editor shows, from {@code messages.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.ui.editor.polygon.messages"; //$NON-NLS-1$

	public static String status;
	public static String noClasses;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
