package org.labelbench.ui.editor.polygon;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapePainter;

/**
 * Paints the polygons: those not selected into the canvas's cached layer, one path per class stroked at once (each
 * stroke call costs far more than a segment of a path), and the selected polygon (filled lightly, with its vertices),
 * the polygon being drawn and the edge that follows the mouse over it.
 */
final class OutlinePainter implements ShapePainter {

	/** the half size of a vertex's handle, in view pixels */
	static final int HANDLE = 4;
	/** above this many polygons the class names are not written: they would hide the picture */
	private static final int NAMED_OUTLINES = 200;
	private static final int FILL_ALPHA = 60;

	private final Supplier<Sketch> sketch;
	private final Supplier<double[]> pointer;
	private final IntFunction<String> className;
	private final int classes;

	/**
	 * @param pointer where the mouse is in image pixels, {x, y}, or null: the next vertex of the polygon being drawn
	 * @param classes how many label classes there are
	 */
	OutlinePainter(Supplier<Sketch> sketch, Supplier<double[]> pointer, IntFunction<String> className, int classes) {
		this.sketch = sketch;
		this.pointer = pointer;
		this.className = className;
		this.classes = classes;
	}

	@Override
	public void paintShapes(GC gc, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		List<Outline> outlines = shown.outlines();
		Path[] paths = new Path[Math.max(1, classes)];
		for (int i = 0; i < outlines.size(); i++) {
			if (i == shown.selected()) {
				continue;
			}
			Outline outline = outlines.get(i);
			int label = Math.min(outline.label(), paths.length - 1);
			if (paths[label] == null) {
				paths[label] = new Path(gc.getDevice());
			}
			traceThinned(paths[label], canvas, outline);
			paths[label].close();
		}
		gc.setAntialias(SWT.OFF);
		gc.setLineWidth(2);
		gc.setLineJoin(SWT.JOIN_BEVEL); // cairo strokes thousands of bevelled corners faster than mitred ones
		for (int label = 0; label < paths.length; label++) {
			if (paths[label] != null) {
				gc.setForeground(canvas.classColor(label));
				gc.drawPath(paths[label]);
				paths[label].dispose();
			}
		}
		if (outlines.size() <= NAMED_OUTLINES) {
			for (int i = 0; i < outlines.size(); i++) {
				if (i != shown.selected()) {
					name(gc, canvas, outlines.get(i));
				}
			}
		}
	}

	@Override
	public void paintOverlay(GC gc, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		Outline selected = shown.selectedOutline();
		if (selected != null) {
			Path path = new Path(gc.getDevice());
			trace(path, canvas, selected);
			path.close();
			gc.setBackground(canvas.classColor(selected.label()));
			gc.setAlpha(FILL_ALPHA);
			gc.fillPath(path);
			gc.setAlpha(255);
			gc.setLineWidth(3);
			gc.setForeground(canvas.classColor(selected.label()));
			gc.drawPath(path);
			path.dispose();
			vertices(gc, canvas, selected, shown.vertex());
			name(gc, canvas, selected);
		}
		Outline draft = shown.draft();
		if (draft != null) {
			Path path = new Path(gc.getDevice());
			trace(path, canvas, draft);
			double[] next = pointer.get();
			if (next != null) {
				path.lineTo((float) canvas.toViewX(next[0]), (float) canvas.toViewY(next[1]));
			}
			gc.setLineWidth(2);
			gc.setForeground(canvas.classColor(draft.label()));
			gc.drawPath(path);
			path.dispose();
			vertices(gc, canvas, draft, 0); // the first vertex stands out: a click on it closes the polygon
		}
	}

	/** @return the vertex of an outline under a view point, or -1 */
	static int vertexAt(ImageCanvas canvas, Outline outline, int viewX, int viewY) {
		for (int i = 0; i < outline.size(); i++) {
			if (Math.abs(canvas.toViewX(outline.x(i)) - viewX) <= HANDLE + 1
					&& Math.abs(canvas.toViewY(outline.y(i)) - viewY) <= HANDLE + 1) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @return the index at which a vertex inserted on the edge under a view point goes (the index of the edge's end),
	 *         or -1 when no edge is that close
	 */
	static int edgeAt(ImageCanvas canvas, Outline outline, int viewX, int viewY) {
		for (int i = 0; i < outline.size(); i++) {
			int j = (i + 1) % outline.size();
			double ax = canvas.toViewX(outline.x(i));
			double ay = canvas.toViewY(outline.y(i));
			double bx = canvas.toViewX(outline.x(j)) - ax;
			double by = canvas.toViewY(outline.y(j)) - ay;
			double length = bx * bx + by * by;
			double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((viewX - ax) * bx + (viewY - ay) * by) / length));
			if (Math.hypot(ax + t * bx - viewX, ay + t * by - viewY) <= HANDLE + 1) {
				return j == 0 ? outline.size() : j;
			}
		}
		return -1;
	}

	/**
	 * Traces an outline leaving out the vertices less than a view pixel from the last one traced: a polygon of
	 * hundreds of vertices zoomed out costs the stroke of the few that show.
	 */
	private static void traceThinned(Path path, ImageCanvas canvas, Outline outline) {
		float lastX = (float) canvas.toViewX(outline.x(0));
		float lastY = (float) canvas.toViewY(outline.y(0));
		path.moveTo(lastX, lastY);
		for (int v = 1; v < outline.size(); v++) {
			float x = (float) canvas.toViewX(outline.x(v));
			float y = (float) canvas.toViewY(outline.y(v));
			if (Math.abs(x - lastX) >= 1 || Math.abs(y - lastY) >= 1 || v == outline.size() - 1) {
				path.lineTo(x, y);
				lastX = x;
				lastY = y;
			}
		}
	}

	private static void trace(Path path, ImageCanvas canvas, Outline outline) {
		path.moveTo((float) canvas.toViewX(outline.x(0)), (float) canvas.toViewY(outline.y(0)));
		for (int v = 1; v < outline.size(); v++) {
			path.lineTo((float) canvas.toViewX(outline.x(v)), (float) canvas.toViewY(outline.y(v)));
		}
	}

	private static void vertices(GC gc, ImageCanvas canvas, Outline outline, int marked) {
		gc.setLineWidth(1);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		for (int v = 0; v < outline.size(); v++) {
			int x = (int) Math.round(canvas.toViewX(outline.x(v)));
			int y = (int) Math.round(canvas.toViewY(outline.y(v)));
			gc.setBackground(gc.getDevice().getSystemColor(v == marked ? SWT.COLOR_RED : SWT.COLOR_WHITE));
			gc.fillRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
			gc.drawRectangle(x - HANDLE, y - HANDLE, 2 * HANDLE, 2 * HANDLE);
		}
	}

	private void name(GC gc, ImageCanvas canvas, Outline outline) {
		gc.setBackground(canvas.classColor(outline.label()));
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(className.apply(outline.label()), (int) canvas.toViewX(outline.x(0)) + HANDLE + 2,
				(int) canvas.toViewY(outline.y(0)) + HANDLE + 2, false);
	}
}
