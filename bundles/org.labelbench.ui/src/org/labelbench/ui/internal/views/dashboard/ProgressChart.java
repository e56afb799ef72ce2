package org.labelbench.ui.internal.views.dashboard;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.ui.internal.Messages;

/**
 * A stacked horizontal bar of a project's items: each segment's width is its share of all items. Drawn with GC on a
 * double-buffered canvas that fills its width; hovering a segment shows its count and share.
 */
final class ProgressChart {

	private static final int BAR_HEIGHT = 28;
	private static final int MIN_SEGMENT = 3;

	private final Canvas canvas;
	private List<Segment> segments = List.of();
	private long total;

	ProgressChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED) {
			@Override
			public Point computeSize(int wHint, int hHint, boolean changed) {
				return new Point(wHint == SWT.DEFAULT ? 300 : wHint, hHint == SWT.DEFAULT ? BAR_HEIGHT : hHint);
			}
		};
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(tip(e.x)));
	}

	Canvas control() {
		return canvas;
	}

	void show(List<Segment> shown) {
		if (!shown.equals(segments)) {
			segments = List.copyOf(shown);
			total = segments.stream().mapToLong(Segment::count).sum();
			canvas.redraw();
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		int width = area.width - 1;
		int height = Math.min(BAR_HEIGHT, area.height) - 1;
		if (width <= 0 || height <= 0) {
			return;
		}
		gc.setAntialias(SWT.ON);
		if (total == 0) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawRectangle(0, 0, width, height);
			String text = Messages.Dashboard_noItems;
			Point extent = gc.textExtent(text);
			gc.drawText(text, (width - extent.x) / 2, (height - extent.y) / 2, true);
			return;
		}
		int[] edges = edges(width);
		for (int i = 0; i < segments.size(); i++) {
			gc.setBackground(new Color(segments.get(i).color()));
			gc.fillRectangle(edges[i], 0, edges[i + 1] - edges[i], height);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(0, 0, width, height);
	}

	/**
	 * @return the x where each segment starts, and the end: widths by share, a segment with items at least a few
	 *         pixels wide so that 3 rejected of a million still show; the largest segment gives up the difference
	 */
	private int[] edges(int width) {
		int[] widths = new int[segments.size()];
		int used = 0;
		int largest = 0;
		for (int i = 0; i < widths.length; i++) {
			long count = segments.get(i).count();
			widths[i] = count == 0 ? 0 : Math.max(MIN_SEGMENT, (int) Math.round((double) count * width / total));
			used += widths[i];
			largest = widths[i] > widths[largest] ? i : largest;
		}
		widths[largest] = Math.max(0, widths[largest] - (used - width));
		int[] edges = new int[widths.length + 1];
		for (int i = 0; i < widths.length; i++) {
			edges[i + 1] = Math.min(width, edges[i] + widths[i]);
		}
		return edges;
	}

	private String tip(int x) {
		if (total == 0) {
			return null;
		}
		int[] edges = edges(canvas.getClientArea().width - 1);
		for (int i = 0; i < segments.size(); i++) {
			if (x >= edges[i] && x < edges[i + 1] && segments.get(i).count() > 0) {
				Segment segment = segments.get(i);
				return Messages.bind(Messages.Dashboard_segmentTip, new Object[] { segment.label(),
						Numbers.count(segment.count()), Numbers.percent(segment.count(), total) });
			}
		}
		return null;
	}
}
