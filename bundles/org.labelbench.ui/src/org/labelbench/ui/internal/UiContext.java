package org.labelbench.ui.internal;

/**
 * Names of the values the workbench keeps in the application context. Parts receive them with
 * {@code @Inject @Optional @Named(...)} and are injected again whenever they change, which is how every view follows
 * the selected project and sees changes made elsewhere (the command line, other labelers, a refresh).
 */
public final class UiContext {

	/** The name of the project the views show, a {@code String}; absent when none is selected. */
	public static final String SELECTED_PROJECT = "org.labelbench.ui.selectedProject";

	/**
	 * The latest status of every project, a {@code List<ProjectStatus>} by name, kept current by the
	 * {@link ProjectMonitor}.
	 */
	public static final String PROJECTS = "org.labelbench.ui.projects";

	/**
	 * The name under which this workbench's user labels, a {@code String}: the workspace's user (the operating
	 * system's user name, or the user the team server authenticated).
	 */
	public static final String LABELER = "org.labelbench.ui.labeler";

	/**
	 * What the user may do, a {@link UserRights}, read by the {@link ProjectMonitor} with the projects: handlers enable
	 * themselves and views show or hide what the user's role in the selected project allows.
	 */
	public static final String RIGHTS = "org.labelbench.ui.rights";

	private UiContext() {
	}
}
