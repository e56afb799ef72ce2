package org.labelbench.ui.internal.views;

import java.text.NumberFormat;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.ui.internal.ItemImages;
import org.labelbench.model.DataKind;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.views.review.FilterBar;
import org.labelbench.ui.internal.views.review.ItemDetails;
import org.labelbench.ui.internal.views.review.ItemDialog;
import org.labelbench.ui.internal.views.review.ReviewQuery;
import org.labelbench.ui.internal.views.review.ReviewRow;
import org.labelbench.ui.internal.views.review.ReviewTable;

/**
 * The items of the selected project, filtered by state, class and labeler, with their labels; opening one shows its
 * labels, and Reject (its context menu, or Delete) sends labeled items back to the queue. The list reads again when the
 * project's counts change, keeping the user's place, so another labeler's work shows as it happens. Users whose role
 * does not review the project see a one-line notice instead of its items.
 */
public final class DataReviewPart extends SelectedProjectPart {

	/** The context menu's id in the application model. */
	public static final String POPUP = "org.labelbench.ui.popup.datareview"; //$NON-NLS-1$
	/** The binding context active while this view is: Delete rejects here and nowhere else. */
	public static final String BINDINGS = "org.labelbench.ui.contexts.dataReview"; //$NON-NLS-1$

	@Inject
	private MApplication application;
	@Inject
	private Workspace workspace;
	@Inject
	@Service
	private ImageDecoder decoder;
	private ItemImages images;
	@Inject
	private UISynchronize sync;
	@Inject
	private ESelectionService selection;
	@Inject
	private WorkbenchJobs jobs;

	private FilterBar filters;
	private ReviewTable table;
	private ReviewQuery query;
	private ProjectStatus shown;

	@PostConstruct
	void create(Composite parent, EMenuService menus, EContextService contexts) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		filters = new FilterBar(parent);
		images = new ItemImages(workspace, decoder);
		table = new ReviewTable(parent, workspace, images, sync);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		filters.onChange(this::filter);
		table.onLoaded(this::showCount);
		table.control().addListener(SWT.Selection, e -> selection.setSelection(
				new StructuredSelection(table.selection())));
		table.control().addListener(SWT.DefaultSelection, e -> open());
		menus.registerContextMenu(table.control(), POPUP);
		contexts.activateContext(BINDINGS);
		follow(application.getContext(), parent);
	}

	/** Lists the selected project's items from the top when it is another project, else again when counts changed. */
	@Override
	protected void update() {
		if (table == null || table.control().isDisposed()) {
			return; // injected before the widgets exist; create() shows the values
		}
		ProjectStatus project = selectedStatus();
		if (project != null && !allows(Permission.REVIEW)) {
			shown = null;
			query = null;
			table.clear();
			filters.showCount(notShown(Messages.Role_review));
			return;
		}
		ProjectStatus before = shown;
		shown = project;
		if (project == null) {
			query = null;
			table.clear();
			filters.showCount(Messages.Review_noProject);
		} else if (before == null || before.id() != project.id()) {
			filters.reset();
			filters.setClasses(project.labels().keySet());
			filter();
		} else if (!before.items().equals(project.items()) || !before.labels().equals(project.labels())) {
			filters.setClasses(project.labels().keySet());
			table.reload();
		}
	}

	private void filter() {
		if (shown == null) {
			return;
		}
		DataKind kind = workspace.taskTypes().find(shown.taskType()).map(TaskType::dataKind).orElse(DataKind.IMAGE);
		ReviewQuery chosen = new ReviewQuery(shown.name(), shown.id(), kind, filters.state(), filters.className(),
				filters.labeler());
		if (!Objects.equals(chosen, query)) {
			query = chosen;
			table.show(chosen);
			selection.setSelection(StructuredSelection.EMPTY);
		}
	}

	private void showCount() {
		if (query == null) {
			return;
		}
		filters.addLabelers(table.labelers());
		NumberFormat number = NumberFormat.getIntegerInstance();
		String text = query.countUnknown()
				? Messages.bind(table.hasMore() ? Messages.Review_countSoFar : Messages.Review_count,
						number.format(table.loadedRows()))
				: Messages.bind(Messages.Review_count, number.format(query.filter().count(shown.items())));
		filters.showCount(text);
	}

	/** Reads the item's labels and content in the background, then shows them. */
	private void open() {
		List<ReviewRow> rows = table.selection();
		if (rows.isEmpty() || query == null) {
			return;
		}
		ReviewQuery of = query;
		ReviewRow row = rows.get(0);
		ItemDetails[] details = new ItemDetails[1];
		jobs.run(Messages.bind(Messages.Review_opening, row.location()),
				progress -> details[0] = ItemDetails.read(workspace, images, of, row),
				() -> new ItemDialog(table.control().getShell(), details[0]).open());
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}
}
