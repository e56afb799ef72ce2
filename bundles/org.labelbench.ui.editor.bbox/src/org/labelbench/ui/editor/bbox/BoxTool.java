package org.labelbench.ui.editor.bbox;

import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.labelbench.ui.editor.canvas.EditHistory;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapeEditor;

/**
 * What the left mouse button does on the picture: a drag on empty space draws a box of the class picked last, a click
 * selects the box under it, a drag moves it, a drag on a handle of the selected box resizes it. Each drag is one edit;
 * a drag too small to see draws nothing, and {@link #cancel()} (Esc) drops the drag under way.
 */
final class BoxTool implements ShapeEditor.Tool {

	private enum Mode {
		IDLE, DRAWING, MOVING, RESIZING
	}

	/** the smallest box drawn, in view pixels: a click, or a twitch of the hand, draws none */
	private static final int MIN_DRAG = 4;

	private final ImageCanvas canvas;
	private final EditHistory<Sketch> history;
	private final IntSupplier label;
	private final Runnable edited;
	private Mode mode = Mode.IDLE;
	private Sketch before;
	private Box grabbed;
	private int handle;
	private double anchorX;
	private double anchorY;
	private Box draft;

	/**
	 * @param label the class of new boxes
	 * @param edited told after each edit
	 */
	BoxTool(ImageCanvas canvas, EditHistory<Sketch> history, IntSupplier label, Runnable edited) {
		this.canvas = canvas;
		this.history = history;
		this.label = label;
		this.edited = edited;
		canvas.control().addListener(SWT.MouseDown, this::down);
		canvas.control().addListener(SWT.MouseMove, this::move);
		canvas.control().addListener(SWT.MouseUp, this::up);
	}

	/** @return the box being drawn, or null */
	Box draft() {
		return draft;
	}

	/** @return whether a drag is under way */
	@Override
	public boolean busy() {
		return mode != Mode.IDLE;
	}

	/**
	 * Drops the drag under way: the box being drawn goes, a box moved or resized goes back.
	 *
	 * @return whether there was a drag to drop
	 */
	@Override
	public boolean cancel() {
		if (mode == Mode.IDLE) {
			return false;
		}
		if (mode != Mode.DRAWING) {
			history.replace(before);
		}
		mode = Mode.IDLE;
		draft = null;
		canvas.shapesChanged();
		return true;
	}

	private void down(Event e) {
		if (e.button != 1 || canvas.navigating() || canvas.picture() == null || mode != Mode.IDLE) {
			return;
		}
		Sketch shown = history.current();
		double x = canvas.toImageX(e.x);
		double y = canvas.toImageY(e.y);
		handle = shown.selected() < 0 ? -1 : BoxPainter.handleAt(canvas, shown.selectedBox(), e.x, e.y);
		int hit = handle >= 0 ? shown.selected() : shown.boxAt(x, y);
		if (hit >= 0) {
			before = shown.select(hit);
			history.replace(before);
			grabbed = before.selectedBox();
			mode = handle >= 0 ? Mode.RESIZING : Mode.MOVING;
		} else {
			history.replace(shown.select(-1));
			mode = Mode.DRAWING;
		}
		anchorX = Math.round(canvas.clampX(x));
		anchorY = Math.round(canvas.clampY(y));
		canvas.shapesChanged();
	}

	private void move(Event e) {
		if (mode == Mode.IDLE || (e.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		double x = Math.round(canvas.clampX(canvas.toImageX(e.x)));
		double y = Math.round(canvas.clampY(canvas.toImageY(e.y)));
		switch (mode) {
		case DRAWING -> draft = Box.spanning(label.getAsInt(), anchorX, anchorY, x, y);
		case MOVING -> history.replace(history.current()
				.withSelected(grabbed.movedBy(x - anchorX, y - anchorY, canvas.imageWidth(), canvas.imageHeight())));
		case RESIZING -> history.replace(history.current().withSelected(grabbed.resized(handle, x, y)));
		default -> throw new IllegalStateException(mode.name());
		}
		canvas.overlayChanged();
	}

	private void up(Event e) {
		if (e.button != 1 || mode == Mode.IDLE) {
			return;
		}
		Mode ended = mode;
		mode = Mode.IDLE;
		if (ended == Mode.DRAWING) {
			if (draft != null && visible(draft)) {
				history.push(history.current().add(draft));
				edited.run();
			}
			draft = null;
		} else if (history.current().selectedBox().width() < 1 || history.current().selectedBox().height() < 1) {
			history.replace(before); // a box resized to nothing keeps its size
		} else if (history.commit(before)) {
			edited.run();
		}
		canvas.shapesChanged();
	}

	/** @return whether a box drawn is big enough to be meant */
	private boolean visible(Box box) {
		return box.width() >= 1 && box.height() >= 1 && box.width() * canvas.scale() >= MIN_DRAG
				&& box.height() * canvas.scale() >= MIN_DRAG;
	}
}
