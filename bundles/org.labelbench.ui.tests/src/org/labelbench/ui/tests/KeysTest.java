package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.ui.internal.keys.KeyOverrides;

/** Window > Keys rebinds Submit from Enter to Ctrl+Enter; the new key holds after the workbench restarts. */
class KeysTest {

	private static final String SUBMIT = "org.labelbench.ui.binding.labelSubmit";
	private static final String TASK_VIEW = "org.labelbench.ui.part.labeling";

	@TempDir
	Path workspace;
	@TempDir
	Path settings;

	@AfterEach
	void forgetSettings() {
		System.clearProperty(KeyOverrides.FILE_PROPERTY);
	}

	@Test
	void aRebindingAppliesAtOnceAndAfterARestart() throws Exception {
		Path file = settings.resolve("keys.properties");
		System.setProperty(KeyOverrides.FILE_PROPERTY, file.toString());
		List<String> seen = new ArrayList<>();
		UiScript first = new UiScript();
		first.when("the workbench is open", () -> first.projectRow("Sample shapes") != null, () -> {
			seen.add(submitKey(first));
			first.command("org.labelbench.ui.command.keys");
		}).when("the Keys dialog opens", () -> first.dialog("Keys") != null, () -> {
			Shell dialog = first.dialog("Keys");
			Table table = UiScript.named(dialog, Table.class, "keys");
			TableItem[] items = table.getItems();
			for (int i = 0; i < items.length; i++) {
				if (items[i].getText(0).equals("Submit")) {
					table.setSelection(i);
					table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
				}
			}
			UiScript.named(dialog, Text.class, "key").setText("Ctrl+Enter");
			UiScript.click(UiScript.named(dialog, Button.class, "applyKey"));
			seen.add(submitKey(first));
			UiScript.screenshot(dialog, "keys");
			UiScript.click(UiScript.button(dialog, "Close"));
			first.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the Task view shows, before any restart", () -> first.dialog("Keys") == null && taskViewShown(first),
				() -> activateTaskView(first))
				.when("the Task view is active", () -> taskViewActive(first), () -> {
					EBindingService bindings = first.context().getActiveLeaf().get(EBindingService.class);
					seen.add(command(bindings, "M1+CR"));
					seen.add(command(bindings, "CR"));
				});
		assertEquals(List.of(), first.run(workspace));

		UiScript second = new UiScript();
		second.when("the workbench is open again", () -> second.projectRow("Sample shapes") != null, () -> {
			seen.add(submitKey(second));
			second.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the Task view shows", () -> taskViewShown(second), () -> activateTaskView(second))
				.when("the Task view is active", () -> taskViewActive(second), () -> {
					EBindingService bindings = second.context().getActiveLeaf().get(EBindingService.class);
					seen.add(command(bindings, "M1+CR"));
					seen.add(command(bindings, "CR"));
				});
		assertEquals(List.of(), second.run(workspace));

		assertEquals(List.of("CR", "M1+CR", "org.labelbench.ui.command.label.submit", "nothing", "M1+CR",
				"org.labelbench.ui.command.label.submit", "nothing"), seen);
		assertTrue(Files.readString(file).contains(SUBMIT), Files.readString(file));
	}

	private static boolean taskViewShown(UiScript ui) {
		EPartService parts = ui.context().get(EPartService.class);
		var part = parts.findPart(TASK_VIEW);
		return part != null && parts.isPartVisible(part);
	}

	private static void activateTaskView(UiScript ui) {
		EPartService parts = ui.context().get(EPartService.class);
		parts.activate(parts.findPart(TASK_VIEW));
	}

	private static boolean taskViewActive(UiScript ui) {
		var active = ui.context().get(EPartService.class).getActivePart();
		return active != null && TASK_VIEW.equals(active.getElementId());
	}

	private static String command(EBindingService bindings, String key) {
		try {
			var binding = bindings.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance(key));
			return binding == null ? "nothing" : binding.getParameterizedCommand().getId();
		} catch (org.eclipse.jface.bindings.keys.ParseException e) {
			throw new IllegalArgumentException(key, e);
		}
	}

	private static String submitKey(UiScript ui) {
		return KeyOverrides.bindings(ui.context().get(MApplication.class)).get(SUBMIT).getKeySequence()
				.replace("CTRL", "M1");
	}
}
