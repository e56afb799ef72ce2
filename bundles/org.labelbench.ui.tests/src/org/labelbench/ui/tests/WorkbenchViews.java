package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * What a test of the workbench looks at and does in its window, as a user sees and uses it: the active perspective,
 * the projects listed, a view shown, a key pressed. For {@link WorkbenchRobot}'s steps, on the UI thread.
 */
final class WorkbenchViews {

	private WorkbenchViews() {
	}

	static IEclipseContext context(Shell w) {
		return ((MWindow) w.getData("modelElement")).getContext();
	}

	static String perspective(Shell w) {
		MWindow window = (MWindow) w.getData("modelElement");
		MPerspective active = context(w).get(EModelService.class).getActivePerspective(window);
		return active == null ? "" : active.getElementId();
	}

	/** @return the projects the visible Projects view lists */
	static List<String> projectNames(Shell w) {
		Table table = projectsTable(w);
		return table == null ? List.of() : Arrays.stream(table.getItems()).map(i -> i.getText(0)).toList();
	}

	static Table projectsTable(Shell w) {
		return Widgets.findAll(w, Table.class).stream().filter(t -> t.isVisible() && t.getColumnCount() == 6)
				.findFirst().orElse(null);
	}

	static boolean select(Shell w, String project) {
		Table table = projectsTable(w);
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(project)) {
				table.setSelection(i);
				table.notifyListeners(SWT.Selection, new Event());
				return true;
			}
		}
		return false;
	}

	static boolean show(Shell w, String partId) {
		context(w).get(EPartService.class).showPart(partId, EPartService.PartState.ACTIVATE);
		return true;
	}

	static <T extends Control> T visible(Shell w, Class<T> type, String id) {
		return Widgets.findAll(w, type).stream().filter(c -> id.equals(c.getData(Widgets.TEST_ID)) && c.isVisible())
				.findFirst().orElse(null);
	}

	static String label(Shell w, String id) {
		Label label = visible(w, Label.class, id);
		return label == null ? "" : label.getText();
	}

	static int tiles(Shell w) {
		return (int) Widgets.findAll(w, Canvas.class).stream().filter(Control::isVisible)
				.filter(c -> String.valueOf(c.getData(Widgets.TEST_ID)).startsWith("tile:")).count();
	}

	/** Runs what a key is bound to in the active view, as pressing it does. */
	static boolean press(Shell w, String key) {
		IEclipseContext active = context(w).getActiveLeaf();
		try {
			var binding = active.get(EBindingService.class).getPerfectMatch(KeySequence.getInstance(key));
			assertTrue(binding != null, "a command is bound to " + key);
			active.get(EHandlerService.class).executeHandler(binding.getParameterizedCommand());
		} catch (org.eclipse.jface.bindings.keys.ParseException e) {
			throw new IllegalArgumentException(key, e);
		}
		return true;
	}
}
