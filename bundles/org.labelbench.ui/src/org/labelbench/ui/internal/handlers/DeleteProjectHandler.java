package org.labelbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;

/** Deletes the selected project after the user confirmed; its name is never used again. */
public final class DeleteProjectHandler extends ProjectCommand {

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project,
			@Named(UiContext.PROJECTS) List<ProjectStatus> projects, Shell shell, Workspace workspace,
			WorkbenchJobs jobs) {
		long items = SelectedProject.status(project, projects).map(p -> p.items().total()).orElse(0L);
		long labeled = SelectedProject.status(project, projects).map(p -> p.items().labeled()).orElse(0L);
		if (MessageDialog.openConfirm(shell, Messages.DeleteProject_title,
				Messages.bind(Messages.DeleteProject_question, new Object[] { project, items, labeled }))) {
			jobs.run(Messages.bind(Messages.DeleteProject_job, project), progress -> workspace.projects().delete(project));
		}
	}
}
