package org.labelbench.ui.internal;

/** Event topics the workbench posts on the e4 event broker. */
public final class UiEvents {

	/** A project was created, changed state or got new items; views showing projects reload. */
	public static final String PROJECTS_CHANGED = "org/labelbench/ui/projects/changed";

	private UiEvents() {
	}
}
