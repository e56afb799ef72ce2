package org.labelbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.model.ProjectState;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.UiContext;

/** Runs a paused project or pauses a running one. */
public final class RunPauseHandler extends ProjectCommand {

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project,
			@Named(UiContext.PROJECTS) List<ProjectStatus> projects, Workspace workspace, WorkbenchJobs jobs) {
		boolean running = SelectedProject.status(project, projects).map(p -> p.state() == ProjectState.RUNNING)
				.orElse(false);
		String name = Messages.bind(running ? Messages.RunPause_pausing : Messages.RunPause_running, project);
		jobs.run(name, progress -> {
			if (running) {
				workspace.projects().pause(project);
			} else {
				workspace.projects().run(project);
			}
		});
	}
}
