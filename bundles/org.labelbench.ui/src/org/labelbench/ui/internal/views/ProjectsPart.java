package org.labelbench.ui.internal.views;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.store.StoreException;
import org.labelbench.ui.internal.UiEvents;

/**
 * All projects of the workspace with their type, state and progress. It reloads in the background every few seconds
 * and whenever a project changes, so projects created or changed by the command line or other labelers show up
 * without a manual refresh; the UI thread never waits on the database.
 */
public final class ProjectsPart {

	private static final long REFRESH_MS = 3_000;

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;

	private TableViewer viewer;
	private Job loader;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column("Name", 240, ProjectStatus::name);
		column("Type", 160, ProjectStatus::taskType);
		column("State", 110, p -> p.state().getName());
		column("Progress", 150, p -> p.items().labeled() + " / " + p.items().total() + " labeled");
		column("Errors", 70, p -> Long.toString(p.items().error()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		loader = Job.create("Loading projects", (IProgressMonitor monitor) -> {
			try {
				List<ProjectStatus> projects = workspace.projects().list();
				sync.asyncExec(() -> show(projects));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				return Status.warning("Projects could not be loaded: " + e.getMessage(), e);
			} finally {
				Job self = loader;
				if (self != null && !monitor.isCanceled()) {
					self.schedule(REFRESH_MS);
				}
			}
		});
		loader.setSystem(true);
		loader.schedule();
	}

	private void column(String title, int width, Function<ProjectStatus, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ProjectStatus) element);
			}
		});
	}

	private void show(List<ProjectStatus> projects) {
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(projects);
		}
	}

	@Inject
	@Optional
	void projectsChanged(@UIEventTopic(UiEvents.PROJECTS_CHANGED) Object event) {
		if (loader != null) {
			loader.schedule();
		}
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		Job job = loader;
		loader = null;
		job.cancel();
	}
}
