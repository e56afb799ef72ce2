package org.labelbench.ui.internal;

import org.eclipse.swt.widgets.Widget;

/** Names widgets, so that UI tests find the one they drive however the layout changes. */
public final class Widgets {

	/** The key under which a widget's name is stored with {@link Widget#setData(String, Object)}. */
	public static final String KEY = "org.labelbench.ui.widget"; //$NON-NLS-1$

	private Widgets() {
	}

	public static <W extends Widget> W named(W widget, String name) {
		widget.setData(KEY, name);
		return widget;
	}
}
