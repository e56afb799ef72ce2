package org.labelbench.ui.editor.polygon;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapePainter;
import org.labelbench.ui.editor.canvas.ShapeRaster;

/**
 * Paints the polygons: the outlines of those not selected into the pixels of the canvas's cached layer (5,000 in a
 * millisecond or two, where cairo took 10-20 ms and the X server more), and the selected polygon (filled lightly, with its vertices),
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
	/** the vertices of the outline being rasterized, in view pixels: kept, so that no outline allocates */
	private int[] view = new int[64];

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
	public void rasterShapes(ShapeRaster raster, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		List<Outline> outlines = shown.outlines();
		for (int i = 0; i < outlines.size(); i++) {
			if (i != shown.selected()) {
				Outline outline = outlines.get(i);
				int points = traceThinned(canvas, outline);
				raster.polygon(view, points, canvas.classPixel(Math.min(outline.label(), Math.max(1, classes) - 1)));
			}
		}
	}

	/** Writes the class names of the polygons, when there are few enough to read them: the raster drew them. */
	@Override
	public void paintShapes(GC gc, ImageCanvas canvas) {
		Sketch shown = sketch.get();
		List<Outline> outlines = shown.outlines();
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
	 * Puts an outline's vertices in view pixels into {@link #view}, leaving out those on the pixel of the last one
	 * kept: a polygon of hundreds of vertices zoomed out costs the few lines that show.
	 *
	 * @return how many vertices were kept
	 */
	private int traceThinned(ImageCanvas canvas, Outline outline) {
		if (view.length < outline.xy().length) {
			view = new int[outline.xy().length];
		}
		int points = 0;
		for (int v = 0; v < outline.size(); v++) {
			int x = (int) Math.round(canvas.toViewX(outline.x(v)));
			int y = (int) Math.round(canvas.toViewY(outline.y(v)));
			if (points == 0 || x != view[2 * points - 2] || y != view[2 * points - 1]) {
				view[2 * points] = x;
				view[2 * points + 1] = y;
				points++;
			}
		}
		return points;
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
