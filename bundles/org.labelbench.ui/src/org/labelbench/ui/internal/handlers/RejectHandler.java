package org.labelbench.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.Permission;
import org.labelbench.core.Workspace;
import org.labelbench.store.InvalidInputException;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.views.review.ReviewRow;

/**
 * Rejects the labeled items selected in the data review after asking why: their labels are removed and they go back to
 * the queue, with the reason kept for the labeler. Runs as a job; an item that cannot be rejected (labeled again or
 * rejected by someone else meanwhile) is reported and the others are rejected.
 */
public final class RejectHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection,
			@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		List<ReviewRow> rows = labeled(selection);
		return !rows.isEmpty() && rows.stream().allMatch(r -> UserRights.allows(rights, Permission.REVIEW, r.project()));
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SELECTION) IStructuredSelection selection, Shell shell,
			Workspace workspace, WorkbenchJobs jobs) {
		List<ReviewRow> rows = labeled(selection);
		if (rows.isEmpty()) {
			return;
		}
		String question = rows.size() == 1 ? Messages.bind(Messages.Reject_one, rows.get(0).location())
				: Messages.bind(Messages.Reject_many, rows.size());
		InputDialog dialog = new InputDialog(shell, Messages.Reject_title, question, "", //$NON-NLS-1$
				text -> text.isBlank() ? Messages.Reject_noReason : null);
		if (dialog.open() != Window.OK) {
			return;
		}
		String reason = dialog.getValue().strip();
		String reviewer = workspace.access().user();
		List<String> refused = new ArrayList<>();
		jobs.run(Messages.bind(Messages.Reject_job, rows.size(), rows.get(0).project()), progress -> {
			SubMonitor monitor = SubMonitor.convert(progress, rows.size());
			for (ReviewRow row : rows) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					workspace.review().reject(row.project(), row.location(), reviewer, reason);
				} catch (InvalidInputException e) {
					refused.add(e.getMessage());
				}
				monitor.worked(1);
			}
		}, () -> {
			if (!refused.isEmpty()) {
				MessageDialog.openWarning(shell, Messages.Reject_title,
						Messages.bind(Messages.Reject_refused, String.join("\n", refused))); //$NON-NLS-1$
			}
		});
	}

	private static List<ReviewRow> labeled(IStructuredSelection selection) {
		if (selection == null) {
			return List.of();
		}
		return ((List<?>) selection.toList()).stream().filter(ReviewRow.class::isInstance).map(ReviewRow.class::cast)
				.filter(ReviewRow::labeled).toList();
	}
}
