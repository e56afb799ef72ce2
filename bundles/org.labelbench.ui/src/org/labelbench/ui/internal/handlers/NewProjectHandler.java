package org.labelbench.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.wizards.NewProjectWizard;

/** Opens the New Labeling Project wizard; only administrators of the workspace create projects. */
public final class NewProjectHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		return rights != null && rights.admin();
	}

	@Execute
	void execute(Shell shell, Workspace workspace, @Service DatastoreBrowser browser, WorkbenchJobs jobs,
			MApplication application) {
		WizardDialog dialog = new WizardDialog(shell,
				new NewProjectWizard(workspace, browser, jobs, application.getContext()));
		dialog.setPageSize(560, 380);
		dialog.open();
	}
}
