package org.labelbench.ui.internal.views.review;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.Polygon;

/**
 * An image with its boxes and polygons drawn over it, each class in its own colour with its name, scaled to fit the
 * canvas. The image is disposed with the canvas.
 */
final class AnnotatedImage {

	private static final RGB[] CLASS_COLORS = { new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 158, 115),
			new RGB(240, 228, 66), new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(204, 121, 167) };

	private final Canvas canvas;
	private final Image image;
	private final List<Annotation> annotations;

	AnnotatedImage(Composite parent, ImageData data, List<Annotation> annotations) {
		this.annotations = annotations;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		image = new Image(canvas.getDisplay(), data);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> image.dispose());
	}

	Canvas control() {
		return canvas;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		Rectangle size = image.getBounds();
		double scale = Math.min((double) area.width / size.width, (double) area.height / size.height);
		int width = (int) (size.width * scale);
		int height = (int) (size.height * scale);
		int x0 = (area.width - width) / 2;
		int y0 = (area.height - height) / 2;
		gc.setAntialias(SWT.ON);
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, size.width, size.height, x0, y0, width, height);
		gc.setLineWidth(2);
		for (Annotation annotation : annotations) {
			Color color = new Color(color(annotation.getClassName()));
			gc.setForeground(color);
			Point label = null;
			if (annotation instanceof BoundingBox box) {
				int x = x0 + (int) (box.getX() * scale);
				int y = y0 + (int) (box.getY() * scale);
				gc.drawRectangle(x, y, (int) (box.getWidth() * scale), (int) (box.getHeight() * scale));
				label = new Point(x, y);
			} else if (annotation instanceof Polygon polygon && !polygon.getPoints().isEmpty()) {
				int[] points = new int[polygon.getPoints().size() * 2];
				for (int i = 0; i < polygon.getPoints().size(); i++) {
					points[2 * i] = x0 + (int) (polygon.getPoints().get(i).getX() * scale);
					points[2 * i + 1] = y0 + (int) (polygon.getPoints().get(i).getY() * scale);
				}
				gc.drawPolygon(points);
				label = new Point(points[0], points[1]);
			}
			if (label != null) {
				tag(gc, annotation.getClassName(), label, color);
			}
		}
	}

	/** Writes the class name on a patch of its colour above the shape's corner. */
	private static void tag(GC gc, String name, Point at, Color color) {
		Point extent = gc.textExtent(name);
		int y = Math.max(0, at.y - extent.y - 2);
		gc.setBackground(color);
		gc.fillRectangle(at.x, y, extent.x + 4, extent.y + 2);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(name, at.x + 2, y + 1, true);
	}

	static RGB color(String className) {
		return CLASS_COLORS[Math.floorMod(className == null ? 0 : className.hashCode(), CLASS_COLORS.length)];
	}
}
