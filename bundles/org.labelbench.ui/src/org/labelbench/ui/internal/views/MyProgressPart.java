package org.labelbench.ui.internal.views;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
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

/** The labeler's own work in the selected project: labeled in all and today, and what is left in the queue. */
public final class MyProgressPart {

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	@Named(UiContext.LABELER)
	private String labeler;

	private Label summary;
	private ProgressBar bar;
	private String project;
	private Job reader;

	@PostConstruct
	void create(Composite parent, @Optional @Named(UiContext.SELECTED_PROJECT) String selected) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		summary = Widgets.named(new Label(parent, SWT.WRAP), "myProgress"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		bar = new ProgressBar(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		select(selected);
	}

	@Inject
	@Optional
	void select(@Named(UiContext.SELECTED_PROJECT) String selected) {
		project = selected;
		read();
	}

	@Inject
	@Optional
	void countsChanged(@Named(UiContext.PROJECTS) List<ProjectStatus> projects) {
		read();
	}

	private void read() {
		String name = project;
		if (summary == null || summary.isDisposed() || name == null) {
			return;
		}
		if (reader != null) {
			reader.cancel();
		}
		reader = Job.create(Messages.bind(Messages.MyProgress_reading, name), (IProgressMonitor monitor) -> {
			Progress progress;
			try {
				progress = workspace.labeling().progress(name, labeler);
			} catch (RuntimeException e) {
				return Status.OK_STATUS; // deleted or initializing: the next change shows it
			}
			sync.asyncExec(() -> show(name, progress));
			return Status.OK_STATUS;
		});
		reader.setSystem(true);
		reader.schedule();
	}

	private void show(String name, Progress progress) {
		if (summary.isDisposed() || !name.equals(project)) {
			return;
		}
		summary.setText(Messages.bind(Messages.MyProgress_summary, new Object[] { labeler, progress.labeled(),
				progress.today(), progress.queued(), progress.total() }));
		bar.setMaximum((int) Math.min(Integer.MAX_VALUE, Math.max(1, progress.total())));
		bar.setSelection((int) Math.min(Integer.MAX_VALUE, progress.total() - progress.queued()));
		summary.getParent().layout(true);
	}

	@Focus
	void focus() {
		summary.setFocus();
	}
}
