package org.labelbench.ui.editor.classification;

import org.eclipse.osgi.util.NLS;

/** The strings the image classification editor shows, from {@code messages.properties}. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.labelbench.ui.editor.classification.messages"; //$NON-NLS-1$

	public static String gridSize;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
