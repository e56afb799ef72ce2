package org.labelbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.labelbench.ui.internal.Widgets;

/**
 * Drives the real workbench the way a user does, one step after the other: each step waits until its condition
 * holds (a dialog opened, a row appeared), then acts (types, clicks). The steps run on the UI thread from a timer,
 * also while a dialog's own event loop runs; the script fails with the step it was waiting on when time runs out.
 */
final class UiScript {

	private record Step(String name, BooleanSupplier ready, Runnable action) {
	}

	private long timeoutMs = 90_000;
	private int pollMs = 200;

	private final Display display = Display.getDefault();
	private final List<Step> steps = new ArrayList<>();
	private final List<String> failures = new ArrayList<>();
	private int next;
	private long deadline;

	/** Gives the whole script more time than the default 90 seconds, for a long measured run. */
	UiScript within(long millis) {
		timeoutMs = millis;
		return this;
	}

	/** Checks the current step's condition every {@code millis} instead of every 200 ms, for a measured run. */
	UiScript pollingEvery(int millis) {
		pollMs = millis;
		return this;
	}

	/** Adds a step: when {@code ready} holds, {@code action} runs. */
	UiScript when(String name, BooleanSupplier ready, Runnable action) {
		steps.add(new Step(name, ready, action));
		return this;
	}

	/**
	 * Starts the workbench on a workspace, runs the steps and closes the workbench after the last.
	 *
	 * @return the failures: the step that timed out or threw, empty when all ran
	 */
	List<String> run(Path workspace) throws Exception {
		deadline = System.currentTimeMillis() + timeoutMs;
		display.timerExec(500, this::tick);
		// the user's settings (keys, grid size) belong to this test's workspace, not to whoever runs the tests
		System.setProperty(org.labelbench.ui.internal.UserSettings.FOLDER_PROPERTY, settings(workspace).toString());
		Object result = new E4Application().start(new TestApplicationContext("--workspace", workspace.toString()));
		if (!Integer.valueOf(0).equals(result)) {
			failures.add("the workbench exited with " + result);
		}
		return failures;
	}

	/** @return the folder of the user's settings in a test on this workspace */
	static Path settings(Path workspace) {
		return workspace.resolve("user-settings");
	}

	private void tick() {
		if (next >= steps.size()) {
			closeWorkbench();
			return;
		}
		Step step = steps.get(next);
		try {
			if (step.ready().getAsBoolean()) {
				next++;
				step.action().run();
			} else if (System.currentTimeMillis() > deadline) {
				failures.add("timed out waiting for: " + step.name() + "; open dialogs: " + openDialogs());
				if (workbenchShell() != null) {
					screenshot(workbenchShell(), "timed-out"); // what the user would have seen
				}
				closeWorkbench();
				return;
			}
		} catch (RuntimeException | AssertionError e) {
			failures.add(step.name() + ": " + e);
			closeWorkbench();
			return;
		}
		display.timerExec(pollMs, this::tick);
	}

	/** @return the titles and texts of the dialogs on screen, to say why a step waited in vain */
	private String openDialogs() {
		List<String> dialogs = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			for (Shell child : shell.getShells()) {
				if (child.isVisible()) {
					List<String> texts = new ArrayList<>();
					collectTexts(child, texts);
					dialogs.add(child.getText() + " " + texts);
				}
			}
		}
		return dialogs.toString();
	}

	private static void collectTexts(Composite parent, List<String> texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label && !label.getText().isBlank()) {
				texts.add(label.getText());
			}
			if (child instanceof Composite composite) {
				collectTexts(composite, texts);
			}
		}
	}

	private void closeWorkbench() {
		for (Shell shell : display.getShells()) {
			if (!(shell.getData("modelElement") instanceof MWindow)) {
				shell.close(); // a dialog left open by a failed step
			}
		}
		Shell shell = workbenchShell();
		if (shell != null) {
			((MWindow) shell.getData("modelElement")).getContext().get(IWorkbench.class).close();
		}
	}

	Shell workbenchShell() {
		for (Shell shell : display.getShells()) {
			if (shell.getData("modelElement") instanceof MWindow && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	/** @return the workbench window's context, where the workspace and the views' shared values are */
	org.eclipse.e4.core.contexts.IEclipseContext context() {
		return ((MWindow) workbenchShell().getData("modelElement")).getContext();
	}

	/** @return the visible dialog with this title, or null */
	Shell dialog(String title) {
		for (Shell shell : display.getShells()) {
			for (Shell child : shell.getShells()) {
				if (child.isVisible() && title.equals(child.getText())) {
					return child;
				}
			}
		}
		return null;
	}

	/** Runs a workbench command the way its menu item or key binding does, after the current step returned. */
	void command(String id) {
		MWindow window = (MWindow) workbenchShell().getData("modelElement");
		ECommandService commands = window.getContext().get(ECommandService.class);
		EHandlerService handlers = window.getContext().get(EHandlerService.class);
		display.asyncExec(() -> handlers.executeHandler(commands.createCommand(id, null)));
	}

	/** @return the Projects view's row of a project, or null while it is not listed */
	org.eclipse.swt.widgets.TableItem projectRow(String project) {
		Shell shell = workbenchShell();
		org.eclipse.swt.widgets.Table table = shell == null ? null
				: find(shell, org.eclipse.swt.widgets.Table.class, t -> t.getColumnCount() >= 4);
		if (table == null) {
			return null;
		}
		for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
			if (item.getText(0).equals(project)) {
				return item;
			}
		}
		return null;
	}

	/** @return the command a key runs in the active view, or null when the key is left to the focused control */
	String boundCommand(String key) {
		try {
			org.eclipse.jface.bindings.Binding binding = context().getActiveLeaf()
					.get(org.eclipse.e4.ui.bindings.EBindingService.class)
					.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance(key));
			return binding == null ? null : binding.getParameterizedCommand().getId();
		} catch (org.eclipse.jface.bindings.keys.ParseException e) {
			throw new IllegalArgumentException(key, e);
		}
	}

	/** Runs what a key is bound to in the active view, as pressing the key does. */
	void press(String key) {
		try {
			org.eclipse.e4.core.contexts.IEclipseContext active = context().getActiveLeaf();
			org.eclipse.jface.bindings.Binding binding = active.get(org.eclipse.e4.ui.bindings.EBindingService.class)
					.getPerfectMatch(org.eclipse.jface.bindings.keys.KeySequence.getInstance(key));
			if (binding == null) {
				throw new AssertionError("no command is bound to " + key + " here");
			}
			active.get(EHandlerService.class).executeHandler(binding.getParameterizedCommand());
		} catch (org.eclipse.jface.bindings.keys.ParseException e) {
			throw new IllegalArgumentException(key, e);
		}
	}

	/** Selects a project in the visible Projects view, as a click on its row does. */
	void selectProject(String project) {
		org.eclipse.swt.widgets.Table table = find(workbenchShell(), org.eclipse.swt.widgets.Table.class,
				t -> t.getColumnCount() >= 4);
		for (int i = 0; i < table.getItemCount(); i++) {
			if (table.getItem(i).getText(0).equals(project)) {
				table.setSelection(i);
				table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		}
	}

	static <T extends Widget> T named(Composite parent, Class<T> type, String name) {
		return find(parent, type, w -> name.equals(w.getData(Widgets.KEY)));
	}

	static Button button(Composite parent, String text) {
		return find(parent, Button.class, b -> b.getText().replace("&", "").equals(text));
	}

	static <T extends Widget> T find(Composite parent, Class<T> type, Predicate<T> test) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child)) && child.isVisible()) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Selects a button (radio, check) or presses it, as a click does. */
	static void click(Button button) {
		if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			button.setSelection(!button.getSelection() || (button.getStyle() & SWT.RADIO) != 0);
		}
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** Saves what the user sees, for people reviewing the build: target/screenshots/NAME.png. */
	static void screenshot(Shell shell, String name) {
		String dir = System.getProperty("labelbench.screenshots", "target/screenshots");
		try {
			Files.createDirectories(Path.of(dir));
			shell.update(); // paint what changed in this step before copying the screen
			Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
			GC gc = new GC(shell);
			gc.copyArea(image, 0, 0);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
			image.dispose();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
