package org.labelbench.ui.internal.views;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Control;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.WhenShown;

/**
 * A view of the selected project that follows the selection, the project monitor and the user's rights:
 * {@link #update()} runs whenever one changes, once the view's widgets exist; while the view is hidden (another
 * perspective, a tab behind), once it shows again.
 */
abstract class SelectedProjectPart {

	private String selected;
	private List<ProjectStatus> projects;
	private UserRights rights;
	private WhenShown shown;

	/**
	 * Reads the values already in the context; call at the end of creating the widgets.
	 *
	 * @param control the view's widgets, which {@link #update()} waits for while they are hidden
	 */
	protected final void follow(IEclipseContext context, Control control) {
		shown = new WhenShown(control, this::update);
		selected = (String) context.get(UiContext.SELECTED_PROJECT);
		rights = (UserRights) context.get(UiContext.RIGHTS);
		if (context.get(UiContext.PROJECTS) instanceof List<?> current) {
			projects = current.stream().map(ProjectStatus.class::cast).toList();
		}
		update();
	}

	@Inject
	@Optional
	final void select(@Named(UiContext.SELECTED_PROJECT) String project) {
		selected = project;
		updateWhenShown();
	}

	@Inject
	@Optional
	final void projects(@Named(UiContext.PROJECTS) List<ProjectStatus> latest) {
		projects = latest;
		updateWhenShown();
	}

	@Inject
	@Optional
	final void rights(@Named(UiContext.RIGHTS) UserRights latest) {
		rights = latest;
		updateWhenShown();
	}

	/** Runs {@link #update()} now if the view shows, else once it shows again. */
	private void updateWhenShown() {
		if (shown == null) {
			update();
		} else {
			shown.request();
		}
	}

	/** @return whether the user's role in the selected project allows this; false before the rights are read */
	protected final boolean allows(Permission permission) {
		ProjectStatus status = selectedStatus();
		return status != null && UserRights.allows(rights, permission, status.name());
	}

	/**
	 * @return what the view says instead of its content when the user's role in the selected project does not show it,
	 *         e.g. "Your role in project 'pets' (labeler) does not show its dashboard."
	 */
	protected final String notShown(String what) {
		ProjectStatus status = selectedStatus();
		String name = status == null ? "" : status.name(); //$NON-NLS-1$
		return Messages.bind(Messages.Role_notShown,
				new Object[] { name, rights == null ? "" : rights.roleName(name), what }); //$NON-NLS-1$
	}

	/** @return the selected project's latest status, or null when none is selected or it is gone */
	protected final ProjectStatus selectedStatus() {
		return SelectedProject.status(selected, projects).orElse(null);
	}

	/** Shows the selected project's status; called on the UI thread, also before the widgets exist. */
	protected abstract void update();
}
