package org.labelbench.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.dialogs.AddClassesDialog;

/** Adds label classes to the selected project, asking what happens to the labels it has. */
public final class AddClassesHandler extends ProjectCommand {

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project,
			@Named(UiContext.PROJECTS) List<ProjectStatus> projects, Shell shell, Workspace workspace,
			WorkbenchJobs jobs) {
		List<String> existing = SelectedProject.status(project, projects)
				.map(p -> (List<String>) new ArrayList<>(p.labels().keySet())).orElse(List.of());
		AddClassesDialog dialog = new AddClassesDialog(shell, project, existing);
		if (dialog.open() == Window.OK) {
			jobs.run(Messages.bind(Messages.AddClasses_job, project),
					progress -> workspace.projects().addLabels(project, dialog.labels(), dialog.mode()));
		}
	}
}
