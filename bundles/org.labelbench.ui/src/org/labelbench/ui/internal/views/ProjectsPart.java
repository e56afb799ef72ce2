package org.labelbench.ui.internal.views;

import java.text.DateFormat;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;

/**
 * The projects of the workspace the user is a member of (all of them for its administrators) with their type, state,
 * progress and last refresh. The selected project is the one the Dashboard, Data Review and Details views show. The
 * list follows the project monitor, so projects created or changed by the command line or other labelers show up
 * without a manual refresh; the UI thread never waits on the database. Its context menu holds the project commands
 * (run/pause, refresh, export, add classes, delete), enabled as the user's role allows.
 */
public final class ProjectsPart {

	/** The context menu's id in the application model. */
	public static final String POPUP = "org.labelbench.ui.popup.projects";

	@Inject
	private MApplication application;
	@Inject
	private EPartService parts;
	@Inject
	private Workspace workspace;

	private TableViewer viewer;
	/** The projects the view listed last, to tell a deleted project from one that is not listed yet. */
	private java.util.Set<String> listed = java.util.Set.of();

	@PostConstruct
	void create(Composite parent, EMenuService menus) {
		parent.setLayout(new FillLayout());
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		column(Messages.Projects_name, 200, ProjectStatus::name);
		column(Messages.Projects_type, 190, p -> workspace.taskTypes().find(p.taskType()).map(TaskType::name)
				.orElse(p.taskType()));
		column(Messages.Projects_state, 100, p -> p.state().getName());
		column(Messages.Projects_progress, 150, p -> Messages.bind(Messages.Projects_labeledOf,
				p.items().labeled(), p.items().total()));
		column(Messages.Projects_errors, 60, p -> Long.toString(p.items().error()));
		column(Messages.Projects_lastRefresh, 150, p -> p.lastRefresh() == null ? "" //$NON-NLS-1$
				: DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(p.lastRefresh()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(List.of());
		viewer.addSelectionChangedListener(e -> select(e.getStructuredSelection()));
		viewer.addDoubleClickListener(e -> open(e.getSelection()));
		menus.registerContextMenu(viewer.getControl(), POPUP);
		if (application.getContext().get(UiContext.PROJECTS) instanceof List<?> current) {
			show(current.stream().map(ProjectStatus.class::cast).toList());
		}
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

	private void select(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		// the list selects the project again after every reading of the statuses: only a new one is news (the context
		// tells its listeners of every other String, even one equal to the last, and they would read it all again)
		if (first instanceof ProjectStatus project
				&& !project.name().equals(application.getContext().get(UiContext.SELECTED_PROJECT))) {
			application.getContext().set(UiContext.SELECTED_PROJECT, project.name());
		}
	}

	/** Shows the project's dashboard to whom it may review it, else its task. */
	private void open(org.eclipse.jface.viewers.ISelection selection) {
		if (((IStructuredSelection) selection).getFirstElement() instanceof ProjectStatus project) {
			boolean reviews = UserRights.allows((UserRights) application.getContext().get(UiContext.RIGHTS),
					Permission.REVIEW, project.name());
			String part = reviews ? "org.labelbench.ui.part.dashboard" //$NON-NLS-1$
					: "org.labelbench.ui.part.labeling"; //$NON-NLS-1$
			parts.showPart(part, EPartService.PartState.ACTIVATE);
		}
	}

	@Inject
	@Optional
	void show(@Named(UiContext.PROJECTS) List<ProjectStatus> projects) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		String selected = (String) application.getContext().get(UiContext.SELECTED_PROJECT);
		viewer.setInput(projects);
		java.util.Optional<ProjectStatus> shown = projects.stream().filter(p -> p.name().equals(selected)).findFirst();
		boolean gone = selected == null || listed.contains(selected); // deleted, rather than not listed yet
		listed = projects.stream().map(ProjectStatus::name).collect(java.util.stream.Collectors.toSet());
		if (shown.isPresent()) {
			viewer.setSelection(new StructuredSelection(shown.get()), true);
		} else if (gone && !projects.isEmpty()) {
			viewer.setSelection(new StructuredSelection(projects.get(0)), true);
		} else if (gone) {
			application.getContext().remove(UiContext.SELECTED_PROJECT);
		} // else a project created a moment ago, which the next reading lists: it stays selected
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}
}
