package org.labelbench.ui.internal.views;

/** Ids that views put on widgets whose content a UI test reads, under the key the workbench's dialogs use too. */
public final class WidgetIds {

	public static final String KEY = "org.labelbench.test.id"; //$NON-NLS-1$

	private WidgetIds() {
	}
}
