package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.ui.internal.views.dashboard.LabelChart;
import org.labelbench.ui.internal.views.review.StateFilter;

/**
 * A reviewer's afternoon in the real workbench: the dashboard shows the selected project's progress and labels, the
 * data review lists its items with thumbnails and filters them, an item opens with its labels, and rejecting one with a
 * reason sends it back to the queue, which the dashboard shows within seconds.
 */
class DashboardAndReviewTest {

	private static final String DASHBOARD = "org.labelbench.ui.part.dashboard";
	private static final String DATA_REVIEW = "org.labelbench.ui.part.datareview";

	@TempDir
	Path temp;

	private final WorkbenchRobot robot = new WorkbenchRobot();

	@Test
	void aRejectedItemLeavesTheLabeledAndJoinsTheQueueOnTheDashboard() throws Exception {
		Path workspace = ShapesWorkspace.create(temp);
		robot.step("the dashboard shows the project's numbers", w -> dashboardShows(w, "Labeled: 3 (50%)",
				"Rejected: 0 (0%)", "Manual labeling: 3 items to hand out (0 back after a skip, 0 after a reject)",
				List.of(new LabelChart.Bar("circle", 2), new LabelChart.Bar("square", 1),
						new LabelChart.Bar("triangle", 0)))
				&& noMlRuns(w));
		robot.step("a picture of the dashboard", w -> screenshot(w, "dashboard.png"));
		robot.step("open the data review", w -> show(w, DATA_REVIEW));
		robot.step("every item is listed with its state and labels", w -> rows(w, 6)
				&& row(w, 0).equals("img000.png | Labeled | circle | alice") && row(w, 3).equals("img003.png | Queued |  | ")
				&& "Items: 6".equals(Widgets.byId(w, Label.class, "review.count").getText()));
		robot.step("an image item shows its thumbnail", w -> thumbnailShown(table(w).getItem(4)));
		robot.step("choose the labeled circles", w -> choose(w, "review.state", StateFilter.LABELED.ordinal())
				&& choose(w, "review.class", 1));
		robot.step("only the labeled circles are listed", w -> rows(w, 2) && row(w, 1).startsWith("img002.png | "));
		robot.step("open an item", w -> {
			Table table = table(w);
			table.setSelection(1);
			table.notifyListeners(SWT.Selection, new Event());
			table.notifyListeners(SWT.DefaultSelection, new Event());
			return true;
		});
		robot.step("the item shows with its labels", w -> itemDialogShows(w, "Item img002.png", "circle"));
		robot.step("reject the first circle", this::rejectFirstRow);
		robot.step("say why", w -> giveReason(w, "Reject Labels", "That is not a circle"));
		robot.step("the rejected item leaves the labeled circles", w -> rows(w, 1) && row(w, 0).startsWith("img002.png"));
		robot.step("show all items", w -> choose(w, "review.state", StateFilter.ALL.ordinal()));
		robot.step("the rejected item is back in the queue", w -> rows(w, 6)
				&& row(w, 0).equals("img000.png | Queued (rejected) |  | "));
		robot.step("a picture of the data review", w -> screenshot(w, "datareview.png"));
		// the dashboard, behind the data review, catches up once the reviewer brings it to the front
		robot.step("the dashboard is brought to the front", w -> show(w, DASHBOARD));
		robot.step("the dashboard shows one labeled item less and one more queued", w -> dashboardShows(w,
				"Labeled: 2 (33%)", "Rejected: 1 (17%)",
				"Manual labeling: 4 items to hand out (0 back after a skip, 1 after a reject)",
				List.of(new LabelChart.Bar("circle", 1), new LabelChart.Bar("square", 1),
						new LabelChart.Bar("triangle", 0))));
		robot.step("the dashboard is shown", w -> screenshot(w, "dashboard-after-reject.png"));
		robot.step("another labeler labels a triangle", w -> {
			Workspace shared = ((MWindow) w.getData("modelElement")).getContext().get(Workspace.class);
			new Thread(() -> shared.labeling().submit(ShapesWorkspace.PROJECT, "img005.png",
					List.of(Annotations.label("triangle")), "carol")).start();
			return true;
		});
		robot.step("the dashboard shows the triangle within seconds", w -> dashboardShows(w, "Labeled: 3 (50%)",
				"Rejected: 1 (17%)", "Manual labeling: 3 items to hand out (0 back after a skip, 1 after a reject)",
				List.of(new LabelChart.Bar("circle", 1), new LabelChart.Bar("square", 1),
						new LabelChart.Bar("triangle", 1))));

		Object result = robot.run(workspace);

		robot.assertAllDone();
		assertEquals(0, result, "the workbench exits normally");
		try (Workspace reopened = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(workspace))) {
			long project = reopened.projects().status(ShapesWorkspace.PROJECT).id();
			ItemRecord rejected = reopened.store().items().findByLocation(project, "img000.png").orElseThrow();
			assertEquals(ItemState.UNLABELED, rejected.state());
			assertEquals(ItemEventKind.REJECT, rejected.lastEvent());
			assertTrue(reopened.store().items().currentSubmission(project, rejected.id()).isEmpty(),
					"the rejected labels are gone");
		}
	}

	private boolean dashboardShows(Shell w, String labeled, String rejected, String queue, List<LabelChart.Bar> bars) {
		String name = text(w, "header.name");
		String seenLabeled = text(w, "progress.labeled");
		String seenRejected = text(w, "progress.rejected");
		String seenQueue = text(w, "queue.manual");
		Canvas chart = Widgets.findAll(w, Canvas.class).stream().filter(c -> c.getData() instanceof LabelChart)
				.findFirst().orElse(null);
		List<LabelChart.Bar> seenBars = chart == null ? null : ((LabelChart) chart.getData()).bars();
		robot.saw(name + "; " + seenLabeled + "; " + seenRejected + "; " + seenQueue + "; " + seenBars);
		return ShapesWorkspace.PROJECT.equals(name) && labeled.equals(seenLabeled) && rejected.equals(seenRejected)
				&& queue.equals(seenQueue) && bars.equals(seenBars);
	}

	private static boolean noMlRuns(Shell w) {
		Label empty = Widgets.byId(w, Label.class, "mlRuns.empty");
		return empty != null && empty.isVisible() && empty.getText().startsWith("No ML runs yet");
	}

	private static String text(Shell w, String id) {
		Label label = Widgets.byId(w, Label.class, id);
		return label == null ? null : label.getText();
	}

	private static boolean show(Shell w, String partId) {
		EPartService parts = ((MWindow) w.getData("modelElement")).getContext().get(EPartService.class);
		parts.showPart(partId, EPartService.PartState.ACTIVATE);
		return true;
	}

	private static Table table(Shell w) {
		return Widgets.byId(w, Table.class, "review.items");
	}

	private boolean rows(Shell w, int count) {
		Table table = table(w);
		if (table == null) {
			robot.saw("no data review table");
			return false;
		}
		StringBuilder seen = new StringBuilder(table.getItemCount() + " rows:");
		for (int i = 0; i < table.getItemCount(); i++) {
			seen.append(" [").append(row(w, i)).append(']');
		}
		robot.saw(seen.toString());
		return table.getItemCount() == count;
	}

	private static String row(Shell w, int index) {
		TableItem item = table(w).getItem(index);
		return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3);
	}

	/** @return whether the row shows a picture: the placeholder is one flat grey */
	private static boolean thumbnailShown(TableItem item) {
		if (item.getImage() == null) {
			return false;
		}
		ImageData data = item.getImage().getImageData();
		int first = data.getPixel(0, 0);
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				if (data.getPixel(x, y) != first) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean choose(Shell w, String comboId, int index) {
		Combo combo = Widgets.byId(w, Combo.class, comboId);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		return true;
	}

	private boolean itemDialogShows(Shell w, String title, String label) {
		Shell dialog = Widgets.shell(w.getDisplay(), title);
		if (dialog == null) {
			robot.saw("no dialog '" + title + "'");
			return false;
		}
		org.eclipse.swt.widgets.List labels = Widgets.byId(dialog, org.eclipse.swt.widgets.List.class, "item.labels");
		List<String> shown = List.of(labels.getItems());
		boolean image = Widgets.find(dialog, Canvas.class) != null;
		screenshot(dialog, "item.png");
		dialog.close();
		assertEquals(List.of(label), shown, "the item's labels");
		assertTrue(image, "the item's image is shown");
		return true;
	}

	private boolean rejectFirstRow(Shell w) {
		Table table = table(w);
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		MWindow window = (MWindow) w.getData("modelElement");
		MPart part = window.getContext().get(EPartService.class).findPart(DATA_REVIEW);
		EHandlerService handlers = part.getContext().get(EHandlerService.class);
		ParameterizedCommand reject = window.getContext().get(ECommandService.class)
				.createCommand("org.labelbench.ui.command.reject", null);
		if (!handlers.canExecute(reject)) {
			robot.saw("Reject is not enabled");
			return false;
		}
		TriggerSequence key = part.getContext().get(EBindingService.class).getBestSequenceFor(reject);
		assertEquals("DEL", key == null ? null : key.toString(), "Delete rejects in the data review");
		w.getDisplay().asyncExec(() -> handlers.executeHandler(reject)); // opens the modal reason dialog
		return true;
	}

	private boolean giveReason(Shell w, String title, String reason) {
		Shell dialog = Widgets.shell(w.getDisplay(), title);
		if (dialog == null) {
			robot.saw("no dialog '" + title + "'");
			return false;
		}
		Widgets.find(dialog, Text.class).setText(reason);
		Button ok = Widgets.findAll(dialog, Button.class).stream().filter(b -> "OK".equals(b.getText())).findFirst()
				.orElseThrow();
		assertTrue(ok.isEnabled(), "a reason is given");
		ok.notifyListeners(SWT.Selection, new Event());
		return true;
	}

	private static boolean screenshot(Shell shell, String name) {
		Widgets.screenshot(shell, name);
		return true;
	}
}
