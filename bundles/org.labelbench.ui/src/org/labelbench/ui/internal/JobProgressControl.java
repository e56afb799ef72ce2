package org.labelbench.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.labelbench.ui.internal.Widgets;

/**
 * The progress of the user's jobs (initializing a project, exporting, refreshing) in the window's status line: what
 * runs, how far it is, and a button that cancels it. The newest job is shown; others wait behind it.
 */
public final class JobProgressControl {

	private final Deque<Job> running = new ArrayDeque<>();
	private Composite control;
	private Label task;
	private ProgressBar bar;
	private Button cancel;
	private IJobManager manager;
	private JobChangeAdapter listener;

	@PostConstruct
	void create(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 2).applyTo(control);
		task = Widgets.named(new Label(control, SWT.NONE), "jobTask"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().hint(420, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(task);
		bar = new ProgressBar(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
		cancel = Widgets.named(new Button(control, SWT.PUSH), "jobCancel"); //$NON-NLS-1$
		cancel.setText(Messages.Progress_cancel);
		cancel.addListener(SWT.Selection, e -> {
			Job job = running.peekLast();
			if (job != null) {
				job.cancel();
				task.setText(Messages.bind(Messages.Progress_canceling, job.getName()));
			}
		});
		manager = Job.getJobManager();
		manager.setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job job) {
				return job.isUser() ? new Monitor(job) : new NullProgressMonitor();
			}
		});
		listener = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				if (event.getJob().isUser()) {
					ui(() -> started(event.getJob()));
				}
			}

			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().isUser()) {
					ui(() -> finished(event.getJob()));
				}
			}
		};
		manager.addJobChangeListener(listener);
		show(null);
	}

	private void started(Job job) {
		running.addLast(job);
		show(job);
		task.setText(job.getName());
	}

	private void finished(Job job) {
		running.remove(job);
		show(running.peekLast());
		if (running.peekLast() != null) {
			task.setText(running.peekLast().getName());
		}
	}

	private void show(Job job) {
		boolean visible = job != null;
		task.setVisible(visible);
		bar.setVisible(visible);
		cancel.setVisible(visible);
		if (!visible) {
			task.setText(""); //$NON-NLS-1$
			bar.setSelection(0);
		}
		control.layout(true);
	}

	private void ui(Runnable runnable) {
		if (!control.isDisposed()) {
			control.getDisplay().asyncExec(() -> {
				if (!control.isDisposed()) {
					runnable.run();
				}
			});
		}
	}

	/** Forwards a user job's progress to the status line, at most a few times a second. */
	private final class Monitor extends NullProgressMonitor {
		private final Job job;
		private volatile String name = ""; //$NON-NLS-1$
		private volatile String subTask = ""; //$NON-NLS-1$
		private volatile int total = IProgressMonitor.UNKNOWN;
		private volatile double worked;
		private volatile long shown;

		Monitor(Job job) {
			this.job = job;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			this.name = name == null ? job.getName() : name;
			this.total = totalWork;
			update(true);
		}

		@Override
		public void setTaskName(String name) {
			this.name = name;
			update(true);
		}

		@Override
		public void subTask(String name) {
			this.subTask = name == null ? "" : name; //$NON-NLS-1$
			update(false);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			update(false);
		}

		private void update(boolean now) {
			long time = System.currentTimeMillis();
			if (!now && time - shown < 200) {
				return;
			}
			shown = time;
			String text = subTask.isEmpty() ? name : name + ": " + subTask; //$NON-NLS-1$
			int percent = total > 0 ? (int) Math.min(100, 100 * worked / total) : -1;
			ui(() -> {
				if (running.peekLast() == job) {
					task.setText(text);
					bar.setMaximum(100);
					bar.setSelection(percent < 0 ? 0 : percent);
					bar.setState(SWT.NORMAL);
				}
			});
		}
	}

	@PreDestroy
	void dispose() {
		manager.removeJobChangeListener(listener);
		manager.setProgressProvider(null);
	}
}
