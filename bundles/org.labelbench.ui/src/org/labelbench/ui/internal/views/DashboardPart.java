package org.labelbench.ui.internal.views;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;
import org.labelbench.model.MlRun;
import org.labelbench.store.StoreException;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WhenShown;
import org.labelbench.ui.internal.views.dashboard.Dashboard;

/**
 * The selected project at a glance: its progress, the queue still to hand out, its labels per class and its ML runs,
 * for users who may review it (a labeler sees a one-line notice instead).
 * It follows the project monitor, so labels submitted elsewhere (the command line, other labelers, a reject in the data
 * review) show within seconds; only the ML runs are read here, in the background, again every few seconds while the
 * view is open, so a training started anywhere (the workbench, a worker, the command line) shows as it goes.
 */
public final class DashboardPart extends SelectedProjectPart {

	@Inject
	private MApplication application;
	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;

	/** how often the ML runs are read again */
	static final long RUNS_INTERVAL_MS = 2_000;

	private Dashboard dashboard;
	private ProjectStatus shown;
	private Job runsReader;
	/** the ML runs the view shows */
	private List<MlRun> runsShown = List.of();
	/** reads the runs again once the view shows, after their reading stopped while it was hidden */
	private WhenShown runsWhenShown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		dashboard = new Dashboard(parent);
		runsWhenShown = new WhenShown(dashboard.control(), () -> {
			if (shown != null) {
				readRuns(shown.name());
			}
		});
		follow(application.getContext(), parent);
	}

	@Override
	protected void update() {
		if (dashboard == null || dashboard.control().isDisposed()) {
			return; // injected before the widgets exist; create() shows the values
		}
		ProjectStatus project = selectedStatus();
		if (project == null || !allows(Permission.REVIEW)) {
			shown = null;
			if (runsReader != null) {
				runsReader.cancel();
			}
			if (project == null) {
				dashboard.showNone();
			} else {
				dashboard.showNotice(notShown(Messages.Role_dashboard));
			}
			return;
		}
		if (!project.equals(shown)) {
			boolean other = shown == null || !shown.name().equals(project.name());
			shown = project;
			dashboard.show(project, workspace.taskTypes().find(project.taskType()).map(TaskType::name)
					.orElse(project.taskType()));
			if (other) {
				runsShown = List.of();
				dashboard.showRuns(runsShown);
			}
			readRuns(project.name());
		}
	}

	/** Reads the project's ML runs off the UI thread and shows them if the project is still the one shown. */
	private void readRuns(String project) {
		if (runsReader != null) {
			runsReader.cancel();
		}
		runsReader = Job.create(Messages.bind(Messages.Dashboard_readingRuns, project), (IProgressMonitor monitor) -> {
			try {
				List<MlRun> runs = workspace.projects().mlRuns(project);
				sync.asyncExec(() -> {
					if (!dashboard.control().isDisposed() && shown != null && shown.name().equals(project)
							&& !org.eclipse.emf.ecore.util.EcoreUtil.equals(runs, runsShown)) {
						runsShown = runs; // the same runs again: no new layout of the view
						dashboard.showRuns(runs);
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException | org.labelbench.store.InvalidInputException e) {
				// a project deleted meanwhile, or the database gone for a moment: the next reading tries again
				return Status.warning(e.getMessage(), e);
			} finally {
				if (!monitor.isCanceled()) {
					readAgain(project);
				}
			}
		});
		runsReader.setSystem(true);
		runsReader.schedule();
	}

	private void readAgain(String project) {
		sync.asyncExec(() -> {
			if (dashboard.control().isDisposed() || shown == null || !shown.name().equals(project)) {
				return;
			}
			runsWhenShown.ifShown(() -> runsReader.schedule(RUNS_INTERVAL_MS));
		});
	}

	@Focus
	void focus() {
		dashboard.control().setFocus();
	}

	@PreDestroy
	void dispose() {
		if (runsReader != null) {
			runsReader.cancel();
		}
	}
}
