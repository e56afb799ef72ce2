package org.labelbench.ui.editor.polygon;

import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.labelbench.ui.editor.canvas.EditHistory;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapeEditor;

/**
 * What the left mouse button does on the picture. While a polygon is being drawn, a click adds a vertex, and a click
 * on its first vertex closes it. Otherwise a drag on a vertex of the selected polygon moves the vertex, a drag on one
 * of its edges inserts a vertex there and moves it, a drag inside a polygon selects and moves it, and a click on empty
 * space starts a new polygon. Each drag is one edit.
 */
final class PolygonTool implements ShapeEditor.Tool {

	private enum Mode {
		IDLE, DRAGGING_VERTEX, MOVING
	}

	private final ImageCanvas canvas;
	private final EditHistory<Sketch> history;
	private final IntSupplier label;
	private final Runnable edited;
	private Mode mode = Mode.IDLE;
	private Sketch before;
	private Outline grabbed;
	private double anchorX;
	private double anchorY;
	private double[] pointer;

	/**
	 * @param label the class of new polygons
	 * @param edited told after each edit
	 */
	PolygonTool(ImageCanvas canvas, EditHistory<Sketch> history, IntSupplier label, Runnable edited) {
		this.canvas = canvas;
		this.history = history;
		this.label = label;
		this.edited = edited;
		canvas.control().addListener(SWT.MouseDown, this::down);
		canvas.control().addListener(SWT.MouseMove, this::move);
		canvas.control().addListener(SWT.MouseUp, this::up);
		canvas.control().addListener(SWT.MouseExit, e -> pointer = null);
	}

	/** @return where the mouse is, in image pixels, while a polygon is being drawn; else null */
	double[] pointer() {
		return history.current().draft() == null ? null : pointer;
	}

	/** @return whether a drag is under way */
	@Override
	public boolean busy() {
		return mode != Mode.IDLE;
	}

	/**
	 * Drops the drag under way: the vertex or polygon goes back where it was.
	 *
	 * @return whether there was a drag to drop
	 */
	@Override
	public boolean cancel() {
		if (mode == Mode.IDLE) {
			return false;
		}
		history.replace(before);
		mode = Mode.IDLE;
		canvas.shapesChanged();
		return true;
	}

	/**
	 * Closes the polygon being drawn, when it has three vertices or more that enclose an area.
	 *
	 * @return whether it closed
	 */
	boolean close() {
		Outline draft = history.current().draft();
		if (draft == null || draft.size() < 3 || draft.area() <= 0) {
			return false;
		}
		history.push(history.current().close());
		canvas.shapesChanged();
		edited.run();
		return true;
	}

	private void down(Event e) {
		if (e.button != 1 || canvas.navigating() || canvas.picture() == null || mode != Mode.IDLE) {
			return;
		}
		Sketch shown = history.current();
		double x = Math.round(canvas.clampX(canvas.toImageX(e.x)));
		double y = Math.round(canvas.clampY(canvas.toImageY(e.y)));
		Outline draft = shown.draft();
		if (draft != null) {
			if (OutlinePainter.vertexAt(canvas, draft, e.x, e.y) == 0) {
				close(); // too few vertices yet: the click adds none on top of the first
				return;
			}
			if (x != draft.x(draft.size() - 1) || y != draft.y(draft.size() - 1)) {
				history.push(shown.withDraft(draft.append(x, y)));
				edited.run();
			}
		} else if (!grab(shown, e, x, y)) {
			history.push(shown.select(-1, -1).withDraft(new Outline(label.getAsInt(), new double[] { x, y })));
		}
		pointer = new double[] { x, y };
		canvas.shapesChanged();
	}

	/** @return whether the press grabbed a vertex, an edge or a polygon to drag */
	private boolean grab(Sketch shown, Event e, double x, double y) {
		Outline selected = shown.selectedOutline();
		int vertex = selected == null ? -1 : OutlinePainter.vertexAt(canvas, selected, e.x, e.y);
		int edge = selected == null || vertex >= 0 ? -1 : OutlinePainter.edgeAt(canvas, selected, e.x, e.y);
		if (vertex >= 0) {
			before = shown.select(shown.selected(), vertex);
			history.replace(before);
			mode = Mode.DRAGGING_VERTEX;
		} else if (edge >= 0) {
			before = shown;
			history.replace(shown.withSelected(selected.inserted(edge, x, y), edge));
			mode = Mode.DRAGGING_VERTEX;
		} else {
			int hit = shown.outlineAt(canvas.toImageX(e.x), canvas.toImageY(e.y));
			if (hit < 0) {
				return false;
			}
			before = shown.select(hit, -1);
			history.replace(before);
			grabbed = shown.outlines().get(hit);
			anchorX = x;
			anchorY = y;
			mode = Mode.MOVING;
		}
		return true;
	}

	private void move(Event e) {
		double x = Math.round(canvas.clampX(canvas.toImageX(e.x)));
		double y = Math.round(canvas.clampY(canvas.toImageY(e.y)));
		if (mode == Mode.IDLE || (e.stateMask & SWT.BUTTON1) == 0) {
			if (history.current().draft() != null && !canvas.navigating()) {
				pointer = new double[] { x, y };
				canvas.overlayChanged();
			}
			return;
		}
		Sketch shown = history.current();
		if (mode == Mode.DRAGGING_VERTEX) {
			history.replace(shown.withSelected(shown.selectedOutline().withVertex(shown.vertex(), x, y), shown.vertex()));
		} else {
			history.replace(shown.withSelected(
					grabbed.movedBy(x - anchorX, y - anchorY, canvas.imageWidth(), canvas.imageHeight()), -1));
		}
		canvas.overlayChanged();
	}

	private void up(Event e) {
		if (e.button != 1 || mode == Mode.IDLE) {
			return;
		}
		mode = Mode.IDLE;
		Outline dragged = history.current().selectedOutline();
		if (dragged.area() <= 0) {
			history.replace(before); // a vertex dragged onto the others would leave no polygon
		} else if (history.commit(before)) {
			edited.run();
		}
		canvas.shapesChanged();
	}
}
