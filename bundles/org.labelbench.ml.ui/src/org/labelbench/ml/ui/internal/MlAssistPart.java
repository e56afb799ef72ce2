package org.labelbench.ml.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlJobs;
import org.labelbench.ml.MlJobs.NextTraining;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.WhenShown;
import org.labelbench.ui.internal.Widgets;

/**
 * ML assistance of the selected project in the Project Administration perspective: a small progress bar of the labels
 * so far against those the next training starts at, whether a training runs, Train Now, and when the project trains by
 * itself. The numbers are read in the background every couple of seconds while the view shows; the runs themselves
 * are listed on the dashboard.
 */
public final class MlAssistPart {

	static final String TRAIN_NOW = "org.labelbench.ml.ui.command.trainNow"; //$NON-NLS-1$
	private static final long INTERVAL_MS = 2_000;
	/** the texts the view was last laid out for */
	private String laidOut;

	@Inject
	private Workspace workspace;
	@Inject
	@Service
	private MlJobs jobs;
	@Inject
	private UISynchronize sync;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;

	private Composite root;
	private Label heading;
	private ProgressBar bar;
	private Label numbers;
	private Label state;
	private Button trainNow;
	private ScheduleControls schedule;
	private volatile String selected;
	private Job reader;
	/** reads again at once when the view shows after being hidden */
	private WhenShown whenShown;

	@PostConstruct
	void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 8).applyTo(root);
		heading = Widgets.named(new Label(root, SWT.WRAP), "ml.heading"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(heading);
		bar = Widgets.named(new ProgressBar(root, SWT.HORIZONTAL | SWT.SMOOTH), "ml.nextTraining"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
		numbers = Widgets.named(new Label(root, SWT.NONE), "ml.labels"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(numbers);
		state = Widgets.named(new Label(root, SWT.WRAP), "ml.state"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(state);
		trainNow = Widgets.named(new Button(root, SWT.PUSH), "ml.trainNow"); //$NON-NLS-1$
		trainNow.setText(Messages.Part_trainNow);
		trainNow.addListener(SWT.Selection, e -> trainNow());
		schedule = new ScheduleControls(root, workspace, jobs, sync, () -> {
			reader.cancel();
			reader.schedule();
		});
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(schedule.control());
		reader = new Job(Messages.Part_reading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return read(monitor);
			}
		};
		reader.setSystem(true);
		whenShown = new WhenShown(root, () -> {
			reader.cancel();
			reader.schedule();
		});
		show(selected, null);
		reader.schedule();
	}

	@Inject
	void select(@Optional @Named(UiContext.SELECTED_PROJECT) String project) {
		selected = project;
		if (reader != null) {
			show(project, null);
			reader.cancel();
			reader.schedule();
		}
	}

	private IStatus read(IProgressMonitor monitor) {
		String project = selected;
		long start = System.currentTimeMillis();
		NextTraining next = null;
		IStatus status = Status.OK_STATUS;
		try {
			if (project != null) {
				next = jobs.nextTraining(workspace, project);
			}
		} catch (InvalidInputException | StoreException e) {
			// a project deleted meanwhile, or the database gone for a moment: the next reading tries again
			status = Status.warning(e.getMessage(), e);
		}
		// a slow count (millions of items) stretches the interval: watching takes a third of a core at most
		long interval = Math.max(INTERVAL_MS, 3 * (System.currentTimeMillis() - start));
		NextTraining read = next;
		if (!monitor.isCanceled()) {
			sync.asyncExec(() -> shown(project, read, interval));
		}
		return status;
	}

	/**
	 * On the UI thread: shows what was read and reads again after {@code interval} while the view shows; hidden
	 * (another perspective, a tab behind) it reads nothing until it shows again.
	 */
	private void shown(String project, NextTraining next, long interval) {
		Job self = reader;
		if (self == null || root.isDisposed()) {
			return;
		}
		whenShown.ifShown(() -> {
			if (next != null && project.equals(selected)) {
				show(project, next);
			}
			self.schedule(interval);
		});
	}

	/** Shows a project's numbers; {@code next} null while they are read. */
	private void show(String project, NextTraining next) {
		heading.setText(project == null ? Messages.Part_noProject : Messages.bind(Messages.Part_heading, project));
		boolean manages = project != null && handlers.canExecute(command()); // Train Now asks the user's rights
		schedule.show(project, manages);
		trainNow.setEnabled(manages);
		if (next == null) {
			bar.setSelection(0);
			numbers.setText(""); //$NON-NLS-1$
			state.setText(""); //$NON-NLS-1$
		} else {
			bar.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, next.needed())));
			bar.setSelection((int) Math.min(next.labels(), next.needed()));
			numbers.setText(Messages.bind(Messages.Part_labels, next.labels(), next.needed()));
			state.setText(next.pending() ? Messages.Part_pending
					: !next.enabled() ? Messages.Part_off : next.due() ? Messages.Part_due : ""); //$NON-NLS-1$
		}
		String said = String.join("\n", heading.getText(), numbers.getText(), state.getText()); //$NON-NLS-1$
		if (!said.equals(laidOut)) { // the same words as two seconds ago need no new layout
			laidOut = said;
			root.layout(true, true);
		}
	}

	private void trainNow() {
		ParameterizedCommand command = command();
		if (handlers.canExecute(command)) {
			handlers.executeHandler(command);
			reader.cancel();
			reader.schedule(200); // shows the training as pending once its job runs
		}
	}

	private ParameterizedCommand command() {
		return commands.createCommand(TRAIN_NOW, null);
	}

	/** Enables Train Now and the schedule as a role given or taken meanwhile allows. */
	@Inject
	void rightsChanged(@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		if (root != null && !root.isDisposed()) {
			show(selected, null);
		}
	}

	@Focus
	void focus() {
		trainNow.setFocus();
	}

	@PreDestroy
	void dispose() {
		if (reader != null) {
			reader.cancel();
			reader = null;
		}
	}
}
