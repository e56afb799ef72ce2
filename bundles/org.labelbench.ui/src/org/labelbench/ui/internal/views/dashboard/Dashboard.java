package org.labelbench.ui.internal.views.dashboard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.MlRun;
import org.labelbench.ui.internal.Messages;

/**
 * The widgets of the dashboard of one project, top to bottom: header, progress, queue, label distribution, ML runs;
 * scrolled as a whole when the view is small. Without a project it says how to choose one.
 */
public final class Dashboard {

	private final Composite root;
	private final StackLayout stack = new StackLayout();
	private final Label none;
	private final ScrolledComposite scrolled;
	private final Composite page;
	private final ProjectHeader header;
	private final ProgressSection progress;
	private final QueueSection queue;
	private final LabelChart labels;
	private final MlRunsSection runs;

	public Dashboard(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(stack);
		none = org.labelbench.ui.internal.Widgets.named(new Label(root, SWT.WRAP), "dashboard.notice"); //$NON-NLS-1$
		none.setText(Messages.Dashboard_noProject);
		scrolled = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		page = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().spacing(8, 10).applyTo(page);
		scrolled.setContent(page);
		header = new ProjectHeader(page);
		progress = new ProgressSection(page);
		queue = new QueueSection(page);
		Group distribution = new Group(page, SWT.NONE);
		distribution.setText(Messages.Dashboard_distribution);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(distribution);
		GridLayoutFactory.swtDefaults().applyTo(distribution);
		labels = new LabelChart(distribution);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(labels.control());
		runs = new MlRunsSection(page);
		// the page is as wide as the view (charts stretch) and scrolls vertically when taller
		scrolled.addListener(SWT.Resize, e -> fit());
		stack.topControl = none;
	}

	public Composite control() {
		return root;
	}

	/** Shows nothing but the hint to select a project. */
	public void showNone() {
		showNotice(Messages.Dashboard_noProject);
	}

	/** Shows a one-line notice instead of a project, e.g. that the user's role does not show its dashboard. */
	public void showNotice(String text) {
		none.setText(text);
		stack.topControl = none;
		root.layout();
	}

	/** Shows a project's latest status. */
	public void show(ProjectStatus project, String typeName) {
		header.show(project, typeName);
		progress.show(project.items());
		queue.show(project.items());
		labels.show(project.labels());
		if (stack.topControl != scrolled) {
			stack.topControl = scrolled;
			root.layout();
		}
		page.layout(true, true);
		fit();
	}

	/** Shows the ML runs of the project shown. */
	public void showRuns(List<MlRun> list) {
		runs.show(list);
		page.layout(true, true);
		fit();
	}

	private void fit() {
		int width = scrolled.getClientArea().width;
		scrolled.setMinSize(page.computeSize(Math.max(200, width), SWT.DEFAULT));
	}
}
