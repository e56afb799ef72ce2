package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real workbench (the e4 application with Labelbench's application model and life cycle) on an empty
 * workspace and checks what a new user sees: a window titled Labelbench whose Projects view lists the sample project.
 */
class WorkbenchWindowTest {

	private static final long TIMEOUT_MS = 60_000;

	@TempDir
	Path workspace;

	@Test
	void aNewUserSeesTheSampleProjectInTheProjectsView() throws Exception {
		Display display = Display.getDefault();
		AtomicReference<String> title = new AtomicReference<>();
		List<String> rows = new ArrayList<>();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		display.timerExec(500, new Runnable() {
			@Override
			public void run() {
				Shell shell = workbenchShell(display);
				Table table = shell == null ? null : find(shell, Table.class);
				if (table != null && sampleListed(table)) {
					title.set(shell.getText());
					for (TableItem item : table.getItems()) {
						rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
					}
					screenshot(shell);
					close(shell);
				} else if (System.currentTimeMillis() > deadline) {
					rows.add("timed out; table " + (table == null ? "missing" : table.getItemCount() + " rows"));
					if (shell != null) {
						close(shell);
					}
				} else {
					display.timerExec(250, this);
				}
			}
		});

		Object result = new E4Application().start(new TestApplicationContext("--workspace", workspace.toString()));

		assertEquals(0, result, "the workbench exits normally");
		assertEquals("Labelbench", title.get(), "window title; rows: " + rows);
		assertEquals(List.of("Sample shapes | Image classification (multi-class) | RUNNING | 0 / 24 labeled"), rows);
		assertTrue(Files.isRegularFile(workspace.resolve("samples/shapes/circle-01.png")));
	}

	private static boolean sampleListed(Table table) {
		return table.getItemCount() == 1 && table.getItem(0).getText(0).equals("Sample shapes")
				&& table.getItem(0).getText(2).equals("RUNNING");
	}

	private static Shell workbenchShell(Display display) {
		for (Shell shell : display.getShells()) {
			if (shell.getData("modelElement") instanceof MWindow && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	private static void close(Shell shell) {
		MWindow window = (MWindow) shell.getData("modelElement");
		IWorkbench workbench = window.getContext().get(IWorkbench.class);
		assertNotNull(workbench);
		workbench.close();
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Saves what the user sees, for people reviewing the build: target/screenshots/workbench.png. */
	private static void screenshot(Shell shell) {
		String dir = System.getProperty("labelbench.screenshots", "target/screenshots");
		try {
			Files.createDirectories(Path.of(dir));
			Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
			GC gc = new GC(shell);
			gc.copyArea(image, 0, 0);
			gc.dispose();
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(Path.of(dir, "workbench.png").toString(), SWT.IMAGE_PNG);
			image.dispose();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
