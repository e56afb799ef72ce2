package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.ui.tests.WorkbenchViews.context;
import static org.labelbench.ui.tests.WorkbenchViews.label;
import static org.labelbench.ui.tests.WorkbenchViews.perspective;
import static org.labelbench.ui.tests.WorkbenchViews.press;
import static org.labelbench.ui.tests.WorkbenchViews.projectNames;
import static org.labelbench.ui.tests.WorkbenchViews.select;
import static org.labelbench.ui.tests.WorkbenchViews.show;
import static org.labelbench.ui.tests.WorkbenchViews.tiles;
import static org.labelbench.ui.tests.WorkbenchViews.visible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.model.Role;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.ui.internal.UserSettings;

/**
 * The workbench shows each user what their role allows, as core's {@code Access} says. On a workspace the user is the
 * operating-system user, so the workbench runs here under another {@code user.name} than the administrator who made
 * the workspace: a labeler of "Shapes" sees only that project (not "Secret"), lands in the Labeling perspective,
 * labels, and finds New Project, Export, Add Label Classes, Train Now and the other administration commands disabled;
 * when the administrator makes them a reviewer meanwhile, the Task view says so in one line. A reviewer sees the
 * dashboard and the data review and rejects a label, but cannot change classes or export.
 */
class RolesTest {

	private static final String SECRET = "Secret";
	private static final String DASHBOARD = "org.labelbench.ui.part.dashboard";
	private static final String DATA_REVIEW = "org.labelbench.ui.part.datareview";
	private static final String DETAILS = "org.labelbench.ui.part.details";
	private static final String TASK = "org.labelbench.ui.part.labeling";
	private static final String LABELING = "org.labelbench.ui.perspective.labeling";
	private static final String ADMINISTRATION = "org.labelbench.ui.perspective.admin";
	/** the commands of those who administer the workspace or the project, by id */
	private static final List<String> MANAGING = List.of("org.labelbench.datastore.azure.ui.command.datastores",
			"org.labelbench.ui.command.export", "org.labelbench.ui.command.addClasses", "org.labelbench.ui.command.runPause",
			"org.labelbench.ui.command.refreshData", "org.labelbench.ui.command.deleteProject",
			"org.labelbench.ml.ui.command.trainNow", "org.labelbench.ui.command.newProject");

	@TempDir
	Path temp;

	private final WorkbenchRobot robot = new WorkbenchRobot();
	private final String administrator = StoreLocation.osUser();
	private Path location;
	private Workspace admin;

	/** Shapes (lia labels, rex reviews) and Secret (neither is a member), made by the workspace's administrator. */
	@BeforeEach
	void workspace() throws Exception {
		location = ShapesWorkspace.create(temp);
		admin = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(location).as(administrator));
		admin.projects().create(new ProjectSpec(SECRET, "image-multiclass", temp.resolve("shapes"),
				List.of("cat", "dog"), null, null), new NullProgressMonitor());
		admin.members().add(ShapesWorkspace.PROJECT, "lia", Role.LABELER);
		admin.members().add(ShapesWorkspace.PROJECT, "rex", Role.REVIEWER);
		Path settings = Files.createDirectories(temp.resolve("settings"));
		System.setProperty(UserSettings.FOLDER_PROPERTY, settings.toString()); // one image a task
	}

	@AfterEach
	void close() {
		admin.close();
		System.setProperty("user.name", administrator);
	}

	@Test
	void aLabelerLabelsTheirProjectOnlyAndFindsTheAdministrationDisabled() throws Exception {
		robot.step("the Labeling perspective lists Shapes and not Secret",
				w -> projects(w).equals(List.of(ShapesWorkspace.PROJECT)) && perspective(w).equals(LABELING));
		robot.step("select Shapes", w -> select(w, ShapesWorkspace.PROJECT));
		robot.step("the administration commands are disabled, in their handlers and in the menus", w -> {
			Map<String, Boolean> menus = menuItems(w);
			robot.saw("menus " + menus);
			for (String command : MANAGING) {
				assertEquals(false, canExecute(w, command), command);
			}
			assertEquals(false, canExecute(w, "org.labelbench.ui.command.adminPerspective"));
			assertEquals(true, canExecute(w, "org.labelbench.ui.command.labelingPerspective"));
			assertEquals(Map.of("New Project...", false, "Export...", false, "Add Label Classes...", false,
					"Train Now", false, "Delete Project...", false, "Datastores...", false, "Project Administration",
					false, "Labeling", true), pick(menus, "New Project...", "Export...", "Add Label Classes...",
							"Train Now", "Delete Project...", "Datastores...", "Project Administration", "Labeling"));
			return true;
		});
		robot.step("the dashboard is not shown", w -> !shown(w, DASHBOARD) && !shown(w, DATA_REVIEW));
		robot.step("open the Task view", w -> show(w, TASK));
		robot.step("the task, the classes and the instructions show", w -> tiles(w) == 1
				&& visible(w, Button.class, "submit").isEnabled()
				&& classes(w).equals(List.of("circle", "square", "triangle"))
				&& "Pick the shape.".equals(visibleText(w, "instructions")));
		robot.step("a picture of the labeler's workbench", w -> screenshot(w, "roles-labeler.png"));
		robot.step("label the image a circle and submit", w -> press(w, "1") && press(w, "CR"));
		robot.step("My Progress counts the label", w -> label(w, "myProgress").startsWith("lia: 1 labeled by you"));
		robot.step("the administrator makes lia a reviewer", w -> {
			new Thread(() -> admin.members().add(ShapesWorkspace.PROJECT, "lia", Role.REVIEWER)).start();
			return true;
		});
		robot.step("the Task view says in one line that a reviewer does not label",
				w -> label(w, "labelingMessage").equals("Your role in project 'Shapes' (reviewer) does not label it.")
						&& tiles(w) == 0 && !visible(w, Button.class, "submit").isEnabled()
						&& canExecute(w, "org.labelbench.ui.command.adminPerspective"));
		robot.step("a picture of the notice", w -> screenshot(w, "roles-labeler-made-reviewer.png"));

		System.setProperty("user.name", "lia");
		Object result = robot.run(location);

		robot.assertAllDone();
		assertEquals(0, result, "the workbench exits normally");
		List<String> byLia = admin.review().list(ShapesWorkspace.PROJECT, ReviewFilter.ALL, 0, 10).stream()
				.filter(e -> "lia".equals(e.labeler())).map(ReviewEntry::classes).map(Object::toString).toList();
		assertEquals(List.of("[circle]"), byLia, "lia's label is stored under her name");
	}

	@Test
	void aReviewerRejectsALabelButCannotChangeClassesOrExport() throws Exception {
		robot.step("the Project Administration perspective lists Shapes and not Secret",
				w -> projects(w).equals(List.of(ShapesWorkspace.PROJECT)) && perspective(w).equals(ADMINISTRATION));
		robot.step("select Shapes", w -> select(w, ShapesWorkspace.PROJECT));
		robot.step("the managing commands are disabled, Project Administration is not", w -> {
			Map<String, Boolean> menus = menuItems(w);
			for (String command : MANAGING) {
				assertEquals(false, canExecute(w, command), command);
			}
			assertEquals(Map.of("Export...", false, "Add Label Classes...", false, "Run / Pause Project", false,
					"Project Administration", true), pick(menus, "Export...", "Add Label Classes...",
							"Run / Pause Project", "Project Administration"));
			return true;
		});
		robot.step("open the Details", w -> show(w, DETAILS));
		robot.step("the Details are read-only and say who changes them", w -> label(w, "details.notice").equals(
				"Only administrators of project 'Shapes' change its settings, classes and instructions.")
				&& !visible(w, Text.class, "instructions").isEnabled()
				&& !Widgets.findAll(w, Button.class).stream().filter(b -> b.getText().startsWith("Add Classes"))
						.filter(Control::isVisible).anyMatch(Button::isEnabled));
		robot.step("open the dashboard", w -> show(w, DASHBOARD));
		robot.step("the dashboard shows the project's numbers", w -> "Labeled: 3 (50%)".equals(label(w,
				"progress.labeled")));
		robot.step("open the data review", w -> show(w, DATA_REVIEW));
		robot.step("every item is listed", w -> rows(w) == 6
				&& row(w, 0).equals("img000.png | Labeled | circle | alice"));
		robot.step("reject the first item", this::rejectFirstRow);
		robot.step("say why", this::giveReason);
		robot.step("the rejected item is back in the queue", w -> rows(w) == 6
				&& row(w, 0).equals("img000.png | Queued (rejected) |  | "));
		robot.step("a picture of the reviewer's workbench", w -> screenshot(w, "roles-reviewer.png"));
		robot.step("switch to labeling", w -> {
			handlers(w).executeHandler(command(w, "org.labelbench.ui.command.labelingPerspective"));
			return true;
		});
		robot.step("open the Task view", w -> perspective(w).equals(LABELING) && show(w, TASK));
		robot.step("the Task view says a reviewer does not label",
				w -> label(w, "labelingMessage").equals("Your role in project 'Shapes' (reviewer) does not label it."));

		System.setProperty("user.name", "rex");
		Object result = robot.run(location);

		robot.assertAllDone();
		assertEquals(0, result, "the workbench exits normally");
		long project = admin.projects().status(ShapesWorkspace.PROJECT).id();
		ItemRecord rejected = admin.store().items().findByLocation(project, "img000.png").orElseThrow();
		assertEquals(ItemState.UNLABELED, rejected.state());
		assertEquals(ItemEventKind.REJECT, rejected.lastEvent());
		assertEquals(List.of("circle", "square", "triangle"),
				List.copyOf(admin.projects().status(ShapesWorkspace.PROJECT).labels().keySet()), "classes unchanged");
	}

	/** @return the projects the visible Projects view lists */
	private List<String> projects(Shell w) {
		List<String> names = projectNames(w);
		robot.saw(perspective(w) + " lists " + names);
		return names;
	}

	private static EHandlerService handlers(Shell w) {
		return context(w).get(EHandlerService.class);
	}

	private static ParameterizedCommand command(Shell w, String id) {
		return context(w).get(ECommandService.class).createCommand(id, null);
	}

	private static boolean canExecute(Shell w, String id) {
		return handlers(w).canExecute(command(w, id));
	}

	/** @return every item of the main menu by its label, enabled or not, as the menus show them when opened */
	private static Map<String, Boolean> menuItems(Shell w) {
		Map<String, Boolean> items = new LinkedHashMap<>();
		for (MenuItem top : w.getMenuBar().getItems()) {
			Menu menu = top.getMenu();
			if (menu == null) {
				continue;
			}
			menu.notifyListeners(SWT.Show, new Event()); // what opening the menu does: enablement is updated
			for (MenuItem item : menu.getItems()) {
				String text = item.getText().replace("&", "");
				int tab = text.indexOf('\t');
				items.put(tab < 0 ? text : text.substring(0, tab), item.isEnabled());
			}
			menu.notifyListeners(SWT.Hide, new Event());
		}
		return items;
	}

	private static Map<String, Boolean> pick(Map<String, Boolean> items, String... labels) {
		Map<String, Boolean> picked = new LinkedHashMap<>();
		for (String label : labels) {
			assertTrue(items.containsKey(label), "the menus offer " + label + ": " + items.keySet());
			picked.put(label, items.get(label));
		}
		return picked;
	}

	private static boolean shown(Shell w, String partId) {
		EPartService parts = context(w).get(EPartService.class);
		MPart part = parts.findPart(partId);
		return part != null && parts.isPartVisible(part);
	}

	private static String visibleText(Shell w, String id) {
		Text text = visible(w, Text.class, id);
		return text == null ? null : text.getText();
	}

	private static List<String> classes(Shell w) {
		Table table = visible(w, Table.class, "classes");
		return table == null ? List.of() : Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
	}

	private static Table reviewTable(Shell w) {
		return visible(w, Table.class, "review.items");
	}

	private static int rows(Shell w) {
		Table table = reviewTable(w);
		return table == null ? -1 : table.getItemCount();
	}

	private static String row(Shell w, int index) {
		TableItem item = reviewTable(w).getItem(index);
		return item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3);
	}

	private boolean rejectFirstRow(Shell w) {
		Table table = reviewTable(w);
		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		MPart part = context(w).get(EPartService.class).findPart(DATA_REVIEW);
		EHandlerService partHandlers = part.getContext().get(EHandlerService.class);
		ParameterizedCommand reject = command(w, "org.labelbench.ui.command.reject");
		if (!partHandlers.canExecute(reject)) {
			robot.saw("Reject is not enabled");
			return false;
		}
		w.getDisplay().asyncExec(() -> partHandlers.executeHandler(reject)); // opens the modal reason dialog
		return true;
	}

	private boolean giveReason(Shell w) {
		Shell dialog = Widgets.shell(w.getDisplay(), "Reject Labels");
		if (dialog == null) {
			robot.saw("no reason dialog");
			return false;
		}
		Widgets.find(dialog, Text.class).setText("Not a circle");
		List<Button> ok = new ArrayList<>(Widgets.findAll(dialog, Button.class).stream()
				.filter(b -> "OK".equals(b.getText())).toList());
		ok.get(0).notifyListeners(SWT.Selection, new Event());
		return true;
	}

	private static boolean screenshot(Shell w, String name) {
		Widgets.screenshot(w, name);
		return true;
	}
}
