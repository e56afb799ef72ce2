package org.labelbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;

/**
 * A command that manages the selected project, which it can run once the project exists, has finished initializing and
 * the user's role in it allows managing it ({@link Permission#MANAGE}): for others its menu items are disabled.
 */
abstract class ProjectCommand {

	@CanExecute
	final boolean canExecute(@Optional @Named(UiContext.SELECTED_PROJECT) String project,
			@Optional @Named(UiContext.PROJECTS) List<ProjectStatus> projects,
			@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		return SelectedProject.ready(project, projects) && UserRights.allows(rights, Permission.MANAGE, project);
	}
}
