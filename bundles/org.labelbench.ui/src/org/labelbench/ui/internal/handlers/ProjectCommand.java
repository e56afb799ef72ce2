package org.labelbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;

/** A command on the selected project, which it can run once the project exists and has finished initializing. */
abstract class ProjectCommand {

	@CanExecute
	final boolean canExecute(@Optional @Named(UiContext.SELECTED_PROJECT) String project,
			@Optional @Named(UiContext.PROJECTS) List<ProjectStatus> projects) {
		return SelectedProject.ready(project, projects);
	}
}
