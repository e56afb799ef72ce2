package org.labelbench.example.point.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings the point editor shows, from {@code messages.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.example.point.ui.internal.messages"; //$NON-NLS-1$

	public static String currentClass;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
