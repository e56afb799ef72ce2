package org.labelbench.ui.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finding the workbench's window and widgets, closing it, and saving what it shows. */
final class Widgets {

	/** The key under which views and dialogs put the ids of widgets that tests read. */
	static final String TEST_ID = org.labelbench.ui.internal.Widgets.KEY;

	private Widgets() {
	}

	/** @return the visible workbench window's shell, or null before it is open */
	static Shell workbenchShell(Display display) {
		for (Shell shell : display.getShells()) {
			if (shell.getData("modelElement") instanceof MWindow && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	/** @return the visible shell with this title, e.g. a dialog, or null */
	static Shell shell(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** Closes the workbench as the Quit command would. */
	static void close(Shell shell) {
		MWindow window = (MWindow) shell.getData("modelElement");
		IWorkbench workbench = window.getContext().get(IWorkbench.class);
		Objects.requireNonNull(workbench, "the window's workbench");
		workbench.close();
	}

	/** @return the first control of a type, depth first, or null */
	static <T extends Control> T find(Composite parent, Class<T> type) {
		List<T> all = findAll(parent, type);
		return all.isEmpty() ? null : all.get(0);
	}

	/** @return every control of a type, depth first */
	static <T extends Control> List<T> findAll(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(findAll(composite, type));
			}
		}
		return found;
	}

	/** @return the control of a type that carries this test id, or null */
	static <T extends Control> T byId(Composite parent, Class<T> type, String id) {
		return findAll(parent, type).stream().filter(c -> id.equals(c.getData(TEST_ID))).findFirst().orElse(null);
	}

	/** Saves what the user sees in a shell, for people reviewing the build, under target/screenshots. */
	static void screenshot(Shell shell, String name) {
		String dir = System.getProperty("labelbench.screenshots", "target/screenshots");
		try {
			Files.createDirectories(Path.of(dir));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Image image = new Image(shell.getDisplay(), shell.getBounds().width, shell.getBounds().height);
		GC gc = new GC(image);
		shell.print(gc); // what the shell draws, not what the screen has: a closed dialog may still be there
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(Path.of(dir, name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
