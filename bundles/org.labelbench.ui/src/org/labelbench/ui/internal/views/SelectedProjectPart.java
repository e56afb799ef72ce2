package org.labelbench.ui.internal.views;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;

/**
 * A view of the selected project that follows both the selection and the project monitor: {@link #update()} runs
 * whenever either changes, once the view's widgets exist.
 */
abstract class SelectedProjectPart {

	private String selected;
	private List<ProjectStatus> projects;

	/** Reads the values already in the context; call at the end of creating the widgets. */
	protected final void follow(IEclipseContext context) {
		selected = (String) context.get(UiContext.SELECTED_PROJECT);
		if (context.get(UiContext.PROJECTS) instanceof List<?> current) {
			projects = current.stream().map(ProjectStatus.class::cast).toList();
		}
		update();
	}

	@Inject
	@Optional
	final void select(@Named(UiContext.SELECTED_PROJECT) String project) {
		selected = project;
		update();
	}

	@Inject
	@Optional
	final void projects(@Named(UiContext.PROJECTS) List<ProjectStatus> latest) {
		projects = latest;
		update();
	}

	/** @return the selected project's latest status, or null when none is selected or it is gone */
	protected final ProjectStatus selectedStatus() {
		return SelectedProject.status(selected, projects).orElse(null);
	}

	/** Shows the selected project's status; called on the UI thread, also before the widgets exist. */
	protected abstract void update();
}
