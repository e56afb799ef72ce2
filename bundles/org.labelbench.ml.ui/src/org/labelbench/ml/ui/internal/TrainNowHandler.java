package org.labelbench.ml.ui.internal;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlJobs;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;

/**
 * Trains the selected project now, in the background, then prelabels; a training of it already on its way is left to
 * run. When the project cannot be trained (labels of one class so far), a dialog says why. Enabled for users who manage
 * the project.
 */
public final class TrainNowHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(UiContext.SELECTED_PROJECT) String project,
			@Optional @Named(UiContext.PROJECTS) List<ProjectStatus> projects,
			@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		return SelectedProject.ready(project, projects) && UserRights.allows(rights, Permission.MANAGE, project);
	}

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project, Workspace workspace, @Service MlJobs jobs,
			UISynchronize sync, Shell shell) {
		Job job = jobs.train(workspace, project);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.ERROR) {
					sync.asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openError(shell, Messages.bind(Messages.TrainNow_failed, project),
									event.getResult().getMessage());
						}
					});
				}
			}
		});
	}
}
