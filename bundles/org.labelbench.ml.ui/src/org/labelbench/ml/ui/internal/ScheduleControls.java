package org.labelbench.ml.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;
import org.labelbench.ui.internal.Widgets;

/**
 * When the selected project trains by itself: the labeled items of its first training and how many more start the next
 * one. Read when another project is shown, stored on Apply; both in the background.
 */
final class ScheduleControls {

	private static final int MAX = 10_000_000;

	private final Composite control;
	private final Spinner first;
	private final Spinner every;
	private final Button apply;
	private final Workspace workspace;
	private final MlJobs jobs;
	private final UISynchronize sync;
	private final Runnable applied;
	private String shown;

	ScheduleControls(Composite parent, Workspace workspace, MlJobs jobs, UISynchronize sync, Runnable applied) {
		this.workspace = workspace;
		this.jobs = jobs;
		this.sync = sync;
		this.applied = applied;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(control);
		new Label(control, SWT.NONE).setText(Messages.Schedule_first);
		first = Widgets.named(spinner(), "ml.minLabels"); //$NON-NLS-1$
		new Label(control, SWT.NONE).setText(Messages.Schedule_labels);
		new Label(control, SWT.NONE).setText(Messages.Schedule_every);
		every = Widgets.named(spinner(), "ml.retrainEvery"); //$NON-NLS-1$
		new Label(control, SWT.NONE).setText(Messages.Schedule_more);
		apply = Widgets.named(new Button(control, SWT.PUSH), "ml.applySchedule"); //$NON-NLS-1$
		apply.setText(Messages.Schedule_apply);
		apply.addListener(SWT.Selection, e -> store(shown, first.getSelection(), every.getSelection()));
		show(null, false);
	}

	private Spinner spinner() {
		Spinner spinner = new Spinner(control, SWT.BORDER);
		spinner.setValues(300, 1, MAX, 0, 10, 100);
		return spinner;
	}

	Composite control() {
		return control;
	}

	/**
	 * Reads the settings of a project when it is not the one shown already.
	 *
	 * @param manages whether the user may change them
	 */
	void show(String project, boolean manages) {
		boolean some = project != null;
		first.setEnabled(some && manages);
		every.setEnabled(some && manages);
		apply.setEnabled(some && manages);
		if (!some || project.equals(shown)) {
			shown = project;
			return;
		}
		shown = project;
		Job read = Job.create(Messages.bind(Messages.Part_reading, project), (IProgressMonitor monitor) -> {
			try {
				MlAssistSettings settings = workspace.projects().get(project).project().getMlAssist();
				if (settings != null) {
					sync.asyncExec(() -> {
						if (!control.isDisposed() && project.equals(shown)) {
							first.setSelection(settings.getMinLabelsForTraining());
							every.setSelection(settings.getRetrainEvery());
						}
					});
				}
				return Status.OK_STATUS;
			} catch (InvalidInputException | StoreException e) {
				return Status.warning(e.getMessage(), e);
			}
		});
		read.setSystem(true);
		read.schedule();
	}

	private void store(String project, int minLabels, int retrainEvery) {
		Job store = Job.create(Messages.bind(Messages.Schedule_storing, project), (IProgressMonitor monitor) -> {
			try {
				jobs.setTrainingSchedule(workspace, project, minLabels, retrainEvery);
				sync.asyncExec(applied);
			} catch (InvalidInputException | StoreException e) {
				sync.asyncExec(() -> MessageDialog.openError(control.getShell(), Messages.Schedule_failed,
						e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		store.schedule();
	}
}
