package org.labelbench.ui.editor.bbox;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapePainter;
import org.labelbench.ui.editor.canvas.ShapeRaster;

/**
 * Paints the boxes: those not selected into the pixels of the canvas's cached layer, at whole view pixels (5,000 boxes
 * in about a millisecond, where cairo took several and the X server more), and the selected box, its handles and the
 * box being drawn over it.
 */
final class BoxPainter implements ShapePainter {

	/** the half size of a handle, in view pixels */
	static final int HANDLE = 4;
	/** above this many boxes the class names are not written: they would hide the picture */
	private static final int NAMED_BOXES = 200;
	/** the smallest box, in view pixels, that has its class name written */
	private static final int NAMED_SIZE = 40;

	private final Supplier<Sketch> sketch;
	private final Supplier<Box> draft;
	private final IntFunction<String> className;

	/** @param draft the box being drawn, or null */
	BoxPainter(Supplier<Sketch> sketch, Supplier<Box> draft, IntFunction<String> className) {
		this.sketch = sketch;
		this.draft = draft;
		this.className = className;
	}

	@Override
	public void rasterShapes(ShapeRaster raster, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		List<Box> boxes = shown.boxes();
		for (int i = 0; i < boxes.size(); i++) {
			Box box = boxes.get(i);
			if (i != shown.selected()) {
				int x = (int) Math.round(canvas.toViewX(box.x()));
				int y = (int) Math.round(canvas.toViewY(box.y()));
				int w = (int) Math.round(canvas.toViewX(box.right())) - x;
				int h = (int) Math.round(canvas.toViewY(box.bottom())) - y;
				raster.rectangle(x, y, w, h, canvas.classPixel(box.label()));
			}
		}
	}

	/** Writes the class names of the boxes, when there are few enough to read them: the raster drew the boxes. */
	@Override
	public void paintShapes(GC gc, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		List<Box> boxes = shown.boxes();
		if (boxes.size() <= NAMED_BOXES) {
			for (int i = 0; i < boxes.size(); i++) {
				Box box = boxes.get(i);
				if (i != shown.selected() && box.width() * canvas.scale() >= NAMED_SIZE) {
					name(gc, canvas, box);
				}
			}
		}
	}

	@Override
	public void paintOverlay(GC gc, ImageCanvas canvas) {
		gc.setAntialias(SWT.OFF);
		Box selected = sketch.get().selectedBox();
		if (selected != null) {
			gc.setLineWidth(3);
			gc.setForeground(canvas.classColor(selected.label()));
			stroke(gc, canvas, selected);
			gc.setLineWidth(1);
			gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
			gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
			for (int handle = 0; handle < Box.HANDLE_X.length; handle++) {
				int x = (int) Math.round(canvas.toViewX(selected.x() + Box.HANDLE_X[handle] * selected.width()));
				int y = (int) Math.round(canvas.toViewY(selected.y() + Box.HANDLE_Y[handle] * selected.height()));
				gc.fillRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
				gc.drawRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
			}
			name(gc, canvas, selected);
		}
		Box drawn = draft.get();
		if (drawn != null) {
			gc.setLineWidth(2);
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setForeground(canvas.classColor(drawn.label()));
			stroke(gc, canvas, drawn);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
	}

	/** @return the handle of a box under a view point, or -1 */
	static int handleAt(ImageCanvas canvas, Box box, int viewX, int viewY) {
		for (int handle = 0; handle < Box.HANDLE_X.length; handle++) {
			double x = canvas.toViewX(box.x() + Box.HANDLE_X[handle] * box.width());
			double y = canvas.toViewY(box.y() + Box.HANDLE_Y[handle] * box.height());
			if (Math.abs(viewX - x) <= HANDLE + 1 && Math.abs(viewY - y) <= HANDLE + 1) {
				return handle;
			}
		}
		return -1;
	}

	private static void stroke(GC gc, ImageCanvas canvas, Box box) {
		int x = (int) Math.round(canvas.toViewX(box.x()));
		int y = (int) Math.round(canvas.toViewY(box.y()));
		gc.drawRectangle(x, y, (int) Math.round(canvas.toViewX(box.right())) - x,
				(int) Math.round(canvas.toViewY(box.bottom())) - y);
	}

	private void name(GC gc, ImageCanvas canvas, Box box) {
		gc.setBackground(canvas.classColor(box.label()));
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(className.apply(box.label()), (int) canvas.toViewX(box.x()) + 2, (int) canvas.toViewY(box.y()) + 2,
				false);
	}
}
