package org.labelbench.ui.internal.views;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.labelbench.core.Labeling.Progress;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.Widgets;

/**
 * The labeler's own work in the selected project (labeled in all and today, read in a job) and what is left in its
 * queue (from the status the project monitor read).
 */
public final class MyProgressPart extends SelectedProjectPart {

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	private MApplication application;
	@Inject
	@Named(UiContext.LABELER)
	private String labeler;

	private Label summary;
	private ProgressBar bar;
	private Job reader;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		summary = Widgets.named(new Label(parent, SWT.WRAP), "myProgress"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		bar = new ProgressBar(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		follow(application.getContext(), parent);
	}

	@Override
	protected void update() {
		ProjectStatus status = selectedStatus();
		if (summary == null || summary.isDisposed() || status == null) {
			return;
		}
		if (reader != null) {
			reader.cancel();
		}
		reader = Job.create(Messages.bind(Messages.MyProgress_reading, status.name()), (IProgressMonitor monitor) -> {
			Progress progress;
			try {
				progress = workspace.labeling().progress(status.name(), labeler);
			} catch (RuntimeException e) {
				return Status.OK_STATUS; // deleted meanwhile: the next status shows it
			}
			sync.asyncExec(() -> show(status, progress));
			return Status.OK_STATUS;
		});
		reader.setSystem(true);
		reader.schedule();
	}

	private void show(ProjectStatus status, Progress progress) {
		ProjectStatus now = selectedStatus();
		if (summary.isDisposed() || now == null || !now.name().equals(status.name())) {
			return;
		}
		long total = status.items().total();
		long queued = status.items().unlabeled();
		summary.setText(Messages.bind(Messages.MyProgress_summary,
				new Object[] { labeler, progress.labeled(), progress.today(), queued, total }));
		bar.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, total)));
		bar.setSelection((int) Math.min(Integer.MAX_VALUE, total - queued));
		int width = summary.getSize().x;
		if (width == 0 || summary.computeSize(width, SWT.DEFAULT).y != summary.getSize().y) {
			summary.getParent().layout(true); // the numbers took another line, or gave one back
		}
	}

	@Focus
	void focus() {
		summary.setFocus();
	}
}
