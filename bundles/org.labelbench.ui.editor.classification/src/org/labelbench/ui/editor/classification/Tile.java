package org.labelbench.ui.editor.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.ItemPicture;
import org.labelbench.ui.editor.TaskItem;

/** One image of a task in the grid: the picture fitted to the tile, its classes, a frame when selected. */
final class Tile {

	private static final int PAD = 4;

	private final Canvas canvas;
	private final EditorSite site;
	private Image image;
	private ItemPicture picture;
	private TaskItem item;
	private final Set<String> classes = new LinkedHashSet<>();
	private boolean selected = true;

	/**
	 * @param onClick told of a left click on the tile, with whether Ctrl was held
	 * @param onPress told of any mouse button pressed on the tile, before the press is handled otherwise
	 */
	Tile(Composite parent, EditorSite site, int index, BiConsumer<Tile, Boolean> onClick, Consumer<Tile> onPress) {
		this.site = site;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setData(ImageClassificationEditor.WIDGET, "tile:" + index); //$NON-NLS-1$
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, e -> {
			onPress.accept(this);
			if (e.button == 1) {
				onClick.accept(this, (e.stateMask & SWT.MOD1) != 0);
			}
		});
	}

	/**
	 * Shows an item, selected, with its default classes (a prelabel, or the labels it had).
	 *
	 * @param made the SWT image of the item's picture if it was made ahead, else null; the tile owns it from now on
	 */
	void show(TaskItem shown, Image made) {
		item = shown;
		canvas.setData(ImageClassificationEditor.ITEM, shown.item().location());
		picture = shown.picture();
		Image old = image;
		image = made != null || picture == null ? made : new Image(canvas.getDisplay(), picture.image());
		if (old != null) {
			old.dispose();
		}
		classes.clear();
		for (Annotation annotation : shown.defaults()) {
			if (annotation instanceof ClassLabel label && site.classes().contains(label.getClassName())) {
				classes.add(label.getClassName());
			}
		}
		selected = true;
		canvas.redraw();
	}

	/** @return the picture shown, with its latest window and frame; null for a text or broken item */
	ItemPicture picture() {
		return picture;
	}

	/** Shows another rendering of the tile's picture: another window or frame. */
	void setPicture(ItemPicture rendered) {
		Image old = image;
		picture = rendered;
		image = new Image(canvas.getDisplay(), rendered.image());
		if (old != null) {
			old.dispose();
		}
		canvas.redraw();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		gc.fillRectangle(area);
		if (image != null) {
			Rectangle size = image.getBounds();
			double scale = Math.min((double) (area.width - 2 * PAD) / size.width,
					(double) (area.height - 2 * PAD) / size.height);
			int w = Math.max(1, (int) (size.width * scale));
			int h = Math.max(1, (int) (size.height * scale));
			if (Math.abs(w - size.width) <= 2 && Math.abs(h - size.height) <= 2) {
				// rendered for this tile: painted as it is, many times faster than scaled
				gc.drawImage(image, (area.width - size.width) / 2, (area.height - size.height) / 2);
			} else {
				gc.drawImage(image, 0, 0, size.width, size.height, (area.width - w) / 2, (area.height - h) / 2, w, h);
			}
		} else {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.drawText(item.item().location() + ": " + item.problem(), PAD * 2, PAD * 2, true); //$NON-NLS-1$
		}
		String text = String.join(", ", classes); //$NON-NLS-1$
		if (!text.isEmpty()) {
			Point extent = gc.textExtent(text);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			gc.fillRoundRectangle(PAD * 2, area.height - extent.y - PAD * 3, extent.x + PAD * 2, extent.y + PAD, 6, 6);
			gc.drawText(text, PAD * 3, area.height - extent.y - PAD * 2 - PAD / 2, true);
		}
		if (selected) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(PAD);
			gc.drawRectangle(PAD / 2, PAD / 2, area.width - PAD, area.height - PAD);
		}
	}

	/** @return the room for the picture in a tile of this size, if the tile has any */
	static java.util.Optional<Point> pictureArea(int tileWidth, int tileHeight) {
		return tileWidth > 2 * PAD && tileHeight > 2 * PAD
				? java.util.Optional.of(new Point(tileWidth - 2 * PAD, tileHeight - 2 * PAD))
				: java.util.Optional.empty();
	}

	Control control() {
		return canvas;
	}

	boolean selected() {
		return selected;
	}

	void setSelected(boolean selected) {
		this.selected = selected;
		canvas.redraw();
	}

	boolean has(String name) {
		return classes.contains(name);
	}

	/** Turns a class on or off; in a multi-class task a class replaces the one there was. */
	void pick(String name, boolean on, boolean multiLabel) {
		if (on && !multiLabel) {
			classes.clear();
		}
		if (on) {
			classes.add(name);
		} else {
			classes.remove(name);
		}
		canvas.redraw();
	}

	/** @return the tile's classes as labels */
	List<Annotation> labels() {
		List<Annotation> labels = new ArrayList<>();
		for (String name : classes) {
			ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
			label.setClassName(name);
			labels.add(label);
		}
		return labels;
	}

	/** @return what the tile shows, for tests: its location and classes */
	String describe() {
		return item.item().location() + " " + classes; //$NON-NLS-1$
	}

	void dispose() {
		if (image != null) {
			image.dispose();
		}
		image = null;
		canvas.dispose();
	}
}
