package org.labelbench.ui.internal.handlers;

import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.RefreshResult;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;

/** Scans the selected project's data source now and reports how many new items it added. */
public final class RefreshDataHandler extends ProjectCommand {

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project, Shell shell, Workspace workspace,
			WorkbenchJobs jobs) {
		RefreshResult[] result = new RefreshResult[1];
		jobs.run(Messages.bind(Messages.RefreshData_job, project),
				progress -> result[0] = workspace.projects().refresh(project, progress),
				() -> MessageDialog.openInformation(shell, Messages.RefreshData_title,
						Messages.bind(Messages.RefreshData_result, new Object[] { project, result[0].added(),
								result[0].notAdded() })));
	}
}
