package org.labelbench.ui.editor.bbox;

import org.eclipse.osgi.util.NLS;

/** The strings the bounding box editor shows, from {@code messages.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.ui.editor.bbox.messages"; //$NON-NLS-1$

	public static String status;
	public static String noClasses;
	public static String predicted;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
