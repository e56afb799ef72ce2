package org.labelbench.ui.internal.handlers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.Exports.Format;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.SelectedProject;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.dialogs.ExportDialog;

/** Exports the selected project's labels in a format the user picks, then shows what was written and what not. */
public final class ExportHandler extends ProjectCommand {

	@Execute
	void execute(@Named(UiContext.SELECTED_PROJECT) String project,
			@Named(UiContext.PROJECTS) List<ProjectStatus> projects, Shell shell, Workspace workspace,
			WorkbenchJobs jobs) {
		String dataKind = SelectedProject.status(project, projects)
				.map(p -> workspace.taskTypes().require(p.taskType()).dataKind().getLiteral().toLowerCase(java.util.Locale.ROOT)).orElse("");
		List<Format> formats = workspace.exports().formats().stream().filter(f -> f.dataKinds().contains(dataKind))
				.toList();
		if (formats.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.bind(Messages.Export_noFormat, dataKind));
			return;
		}
		ExportDialog dialog = new ExportDialog(shell, project, formats);
		if (dialog.open() != Window.OK) {
			return;
		}
		ExportSummary[] summary = new ExportSummary[1];
		jobs.run(Messages.bind(Messages.Export_job, project),
				progress -> summary[0] = workspace.exports().export(dialog.request(), progress),
				() -> MessageDialog.openInformation(shell, Messages.Export_title, describe(summary[0])));
	}

	static String describe(ExportSummary summary) {
		String text = Messages.bind(Messages.Export_done,
				new Object[] { summary.items(), summary.annotations(), summary.out() });
		Map<String, Long> notExported = summary.notExported();
		if (!notExported.isEmpty()) {
			text += "\n\n" + Messages.Export_notExported + "\n" + notExported.entrySet().stream()
					.map(e -> "  " + e.getValue() + "  " + e.getKey()).collect(Collectors.joining("\n"));
		}
		return text;
	}
}
