package org.labelbench.example.point.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.example.point.ImagePoint;
import org.labelbench.ui.editor.TaskItem;

/**
 * The picture fitted into the canvas with the points on it. Points are in the image's own pixel coordinates; the
 * rendering may be smaller, so the canvas maps both ways through the picture's size.
 */
final class PointCanvas {

	private static final int RADIUS = 4;

	private final Canvas canvas;
	private final List<ImagePoint> points;
	private TaskItem item;
	private Image image;

	PointCanvas(Composite parent, List<ImagePoint> points) {
		this.points = points;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas control() {
		return canvas;
	}

	void show(TaskItem shown) {
		disposeImage();
		item = shown;
		image = shown == null || shown.image() == null ? null : new Image(canvas.getDisplay(), shown.image());
		canvas.setToolTipText(shown == null ? null : shown.item().location());
		canvas.redraw();
	}

	/** @return where the picture is drawn in the canvas, or null when there is none */
	private Rectangle pictureArea() {
		if (image == null) {
			return null;
		}
		Rectangle area = canvas.getClientArea();
		double scale = Math.min((double) area.width / item.picture().width(),
				(double) area.height / item.picture().height());
		int w = Math.max(1, (int) Math.round(item.picture().width() * scale));
		int h = Math.max(1, (int) Math.round(item.picture().height() * scale));
		return new Rectangle((area.width - w) / 2, (area.height - h) / 2, w, h);
	}

	/** @return the image pixel under a canvas position, or null when it is beside the picture */
	double[] toImage(int x, int y) {
		Rectangle at = pictureArea();
		if (at == null || !at.contains(x, y)) {
			return null;
		}
		return new double[] { Math.round((x - at.x) * (double) item.picture().width() / at.width),
				Math.round((y - at.y) * (double) item.picture().height() / at.height) };
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		gc.fillRectangle(area);
		Rectangle at = pictureArea();
		if (at == null) {
			if (item != null) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.drawText(item.item().location() + ": " + item.problem(), 8, 8, true); //$NON-NLS-1$
			}
			return;
		}
		Rectangle size = image.getBounds();
		gc.drawImage(image, 0, 0, size.width, size.height, at.x, at.y, at.width, at.height);
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		for (ImagePoint point : points) {
			int x = at.x + (int) Math.round(point.getX() * at.width / item.picture().width());
			int y = at.y + (int) Math.round(point.getY() * at.height / item.picture().height());
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
			gc.drawOval(x - RADIUS, y - RADIUS, 2 * RADIUS, 2 * RADIUS);
			gc.drawText(point.getClassName(), x + RADIUS + 2, y - RADIUS - 2, true);
		}
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	void dispose() {
		disposeImage();
	}
}
