package org.labelbench.ui.editor;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.labelbench.imaging.Window;
import org.labelbench.ui.internal.Messages;

/**
 * The controls of a DICOM or other grayscale picture for image editors: the window presets, window/level by dragging
 * with the right mouse button on the picture (left/right changes the width, up/down the level), a frame slider for
 * multi-frame files and the panel of the file's key attributes. They show only for pictures that need them. Every
 * new rendering is made off the UI thread and handed to the editor on the UI thread.
 */
public final class PictureControls {

	/** the key of the names tests find widgets by */
	private static final String WIDGET = "org.labelbench.ui.widget"; //$NON-NLS-1$
	/** how far the mouse moves, in pixels, to change the window by its own width */
	private static final double DRAG_SPAN = 256;

	private final Composite bar;
	private final Combo windows;
	private final Label windowText;
	private final Label frameText;
	private final Scale frames;
	private final Button infoButton;
	private final Label info;
	private final Consumer<ItemPicture> shown;
	private ItemPicture picture;
	private long generation;

	/**
	 * @param parent a composite with a {@link GridLayout} of one column, typically above the editor's picture
	 * @param shown told on the UI thread of every new rendering of the picture shown, to paint it
	 */
	public PictureControls(Composite parent, Consumer<ItemPicture> shown) {
		this.shown = shown;
		bar = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(6, false);
		layout.marginHeight = 0;
		bar.setLayout(layout);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Picture_window);
		windows = new Combo(bar, SWT.READ_ONLY);
		windows.setData(WIDGET, "window"); //$NON-NLS-1$
		windows.addListener(SWT.Selection, e -> pickWindow());
		windowText = new Label(bar, SWT.NONE);
		windowText.setData(WIDGET, "windowText"); //$NON-NLS-1$
		windowText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		frameText = new Label(bar, SWT.NONE);
		frames = new Scale(bar, SWT.HORIZONTAL);
		frames.setData(WIDGET, "frame"); //$NON-NLS-1$
		frames.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		frames.addListener(SWT.Selection, e -> showFrame(frames.getSelection()));
		infoButton = new Button(bar, SWT.TOGGLE);
		infoButton.setData(WIDGET, "info"); //$NON-NLS-1$
		infoButton.setText(Messages.Picture_info);
		infoButton.addListener(SWT.Selection, e -> layoutInfo());
		info = new Label(parent, SWT.WRAP);
		info.setData(WIDGET, "infoPanel"); //$NON-NLS-1$
		info.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		show(null);
	}

	/**
	 * Shows the controls of a picture, or hides them when it has no window, frames or attributes to show.
	 *
	 * @return whether the controls changed so that their parent must be laid out again
	 */
	public boolean show(ItemPicture shownPicture) {
		picture = shownPicture;
		generation++;
		boolean windowed = picture != null && picture.windowed();
		boolean multiFrame = picture != null && picture.frames() > 1;
		boolean tagged = picture != null && !picture.info().isEmpty();
		if (!windowed && !multiFrame && !tagged && !bar.getVisible()) {
			return false; // a photo after a photo: nothing to lay out again between two submits
		}
		windows.removeAll();
		if (windowed) {
			for (Window window : picture.windows()) {
				windows.add(window.name());
			}
			selectWindow(picture);
		}
		setVisible(windows, windowed);
		setVisible(windowText, windowed);
		setVisible(frameText, multiFrame);
		setVisible(frames, multiFrame);
		if (multiFrame) {
			frames.setMaximum(picture.frames() - 1);
			frames.setSelection(picture.frame());
		}
		setVisible(infoButton, tagged);
		info.setText(tagged ? describe(picture.info()) : ""); //$NON-NLS-1$
		describeState();
		setVisible(bar, windowed || multiFrame || tagged);
		layoutInfo();
		return true;
	}

	/**
	 * Takes a more detailed rendering of the picture shown, of the same frame and window, from which the next windows
	 * and frames render; the controls stay as they are.
	 */
	public void showDetailed(ItemPicture detailed) {
		picture = detailed;
	}

	/** @return the picture shown, with its latest rendering */
	public ItemPicture picture() {
		return picture;
	}

	/** Lets the user drag with the right mouse button on a control to change the window of the picture shown. */
	public void attachWindowDrag(Control control) {
		int[] start = new int[2];
		Window[] from = new Window[1];
		control.addListener(SWT.MouseDown, e -> {
			if (e.button == 3 && picture != null && picture.windowed()) {
				start[0] = e.x;
				start[1] = e.y;
				from[0] = picture.window();
			}
		});
		control.addListener(SWT.MouseMove, e -> {
			if (from[0] != null && (e.stateMask & SWT.BUTTON3) != 0) {
				double step = from[0].width() / DRAG_SPAN;
				double width = Math.max(1, from[0].width() + (e.x - start[0]) * step);
				double center = from[0].center() - (e.y - start[1]) * step;
				setWindow(new Window(center, width));
			}
		});
		control.addListener(SWT.MouseUp, e -> {
			if (e.button == 3) {
				from[0] = null;
			}
		});
		control.addListener(SWT.MenuDetect, e -> e.doit = picture == null || !picture.windowed());
	}

	/** Renders the picture shown through another window. */
	public void setWindow(Window window) {
		if (picture != null && picture.windowed()) {
			update(picture.render(picture.frame(), window));
		}
	}

	/**
	 * Shows the next or previous frames of a multi-frame picture.
	 *
	 * @return whether the picture has other frames
	 */
	public boolean step(int delta) {
		if (picture == null || picture.frames() < 2) {
			return false;
		}
		showFrame(Math.floorMod(picture.frame() + delta, picture.frames()));
		return true;
	}

	/** @return the controls' bar, for layout */
	public Control control() {
		return bar;
	}

	private void showFrame(int frame) {
		if (picture != null && frame != picture.frame()) {
			update(picture.render(frame, picture.window()));
		}
	}

	/**
	 * Shows the window of a picture in the list: one of its windows, or one set by dragging, which gets an entry of
	 * its own at the end of the list (a read-only combo shows only its entries).
	 */
	private void selectWindow(ItemPicture shownPicture) {
		int offered = shownPicture.windows().size();
		int index = shownPicture.windows().indexOf(shownPicture.window());
		if (index < 0) {
			String name = String.format(Locale.ROOT, Messages.Picture_windowText, shownPicture.window().center(),
					shownPicture.window().width());
			if (windows.getItemCount() > offered) {
				windows.setItem(offered, name);
			} else {
				windows.add(name);
			}
			index = offered;
		} else if (windows.getItemCount() > offered) {
			windows.remove(offered);
		}
		windows.select(index);
	}

	private void pickWindow() {
		int index = windows.getSelectionIndex();
		if (picture != null && index >= 0 && index < picture.windows().size()) {
			setWindow(picture.windows().get(index));
		}
	}

	private void update(java.util.concurrent.CompletableFuture<ItemPicture> rendering) {
		long asked = generation;
		rendering.thenAccept(rendered -> {
			if (!bar.isDisposed()) {
				bar.getDisplay().asyncExec(() -> {
					if (bar.isDisposed() || asked != generation) {
						return;
					}
					picture = rendered;
					selectWindow(rendered);
					frames.setSelection(rendered.frame());
					describeState();
					shown.accept(rendered);
				});
			}
		});
	}

	private void describeState() {
		if (picture == null) {
			return;
		}
		windowText.setText(String.format(Locale.ROOT, Messages.Picture_windowText, picture.window().center(),
				picture.window().width()));
		frameText.setText(String.format(Locale.ROOT, Messages.Picture_frameText, picture.frame() + 1,
				picture.frames()));
		bar.layout(true);
	}

	private void layoutInfo() {
		boolean visible = bar.getVisible() && infoButton.getVisible() && infoButton.getSelection();
		setVisible(info, visible);
		bar.getParent().layout(true);
	}

	private static String describe(Map<String, String> tags) {
		StringBuilder text = new StringBuilder();
		tags.forEach((key, value) -> text.append(text.length() == 0 ? "" : "   ").append(key).append(": ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(value));
		return text.toString();
	}

	private static void setVisible(Control control, boolean visible) {
		control.setVisible(visible);
		if (control.getLayoutData() instanceof GridData data) {
			data.exclude = !visible;
		} else {
			GridData data = new GridData();
			data.exclude = !visible;
			control.setLayoutData(data);
		}
	}
}
