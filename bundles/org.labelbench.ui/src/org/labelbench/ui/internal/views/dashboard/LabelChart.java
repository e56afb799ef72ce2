package org.labelbench.ui.internal.views.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.ui.internal.Messages;

/**
 * The number of labels of each class as horizontal bars, each with its count, scaled to the largest count (with
 * multi-label items the counts may add up to more than the items). Up to {@value #MAX_BARS} classes are shown in class
 * order; a project with more shows its {@value #MAX_BARS} largest classes and says how many more there are.
 */
public final class LabelChart {

	/** One bar: a class and its number of labels. */
	public record Bar(String className, long count) {
	}

	static final int MAX_BARS = 40;
	private static final RGB BAR = new RGB(0, 114, 178);
	private static final int GAP = 6;

	private final Canvas canvas;
	private final int rowHeight;
	private List<Bar> bars = List.of();
	private long more;
	private long moreLabels;

	LabelChart(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED) {
			@Override
			public Point computeSize(int wHint, int hHint, boolean changed) {
				int rows = Math.max(1, bars.size() + (more > 0 ? 1 : 0));
				return new Point(wHint == SWT.DEFAULT ? 300 : wHint, hHint == SWT.DEFAULT ? rows * rowHeight : hHint);
			}
		};
		canvas.setData(this);
		GC gc = new GC(canvas);
		rowHeight = gc.getFontMetrics().getHeight() + GAP;
		gc.dispose();
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, e -> {
			int row = e.y / rowHeight;
			canvas.setToolTipText(row < bars.size() ? Messages.bind(Messages.Dashboard_classCount,
					bars.get(row).className(), Numbers.count(bars.get(row).count())) : null);
		});
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = describe();
			}
		});
	}

	Canvas control() {
		return canvas;
	}

	/** @param labels the number of labels per class, in class order */
	void show(Map<String, Long> labels) {
		List<Bar> all = labels.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList();
		List<Bar> shown = all.size() <= MAX_BARS ? all
				: all.stream().sorted(Comparator.comparingLong(Bar::count).reversed()).limit(MAX_BARS).toList();
		long hidden = all.size() - shown.size();
		if (shown.equals(bars) && hidden == more) {
			return;
		}
		bars = shown;
		more = hidden;
		moreLabels = all.stream().mapToLong(Bar::count).sum() - shown.stream().mapToLong(Bar::count).sum();
		canvas.requestLayout();
		canvas.redraw();
	}

	/** @return the bars drawn, in drawing order */
	public List<Bar> bars() {
		return bars;
	}

	/** @return what the chart shows, in words: for screen readers and tests */
	public String describe() {
		List<String> parts = new ArrayList<>(bars.stream()
				.map(b -> Messages.bind(Messages.Dashboard_classCount, b.className(), Numbers.count(b.count())))
				.collect(Collectors.toList()));
		if (more > 0) {
			parts.add(moreText());
		}
		return parts.isEmpty() ? Messages.Dashboard_noClasses : String.join(", ", parts); //$NON-NLS-1$
	}

	private String moreText() {
		return Messages.bind(Messages.Dashboard_moreClasses, Numbers.count(more), Numbers.count(moreLabels));
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		if (bars.isEmpty()) {
			gc.drawText(Messages.Dashboard_noClasses, 0, GAP / 2, true);
			return;
		}
		long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
		int nameWidth = Math.min(area.width * 35 / 100,
				bars.stream().mapToInt(b -> gc.textExtent(b.className()).x).max().orElse(0));
		int countWidth = gc.textExtent(Numbers.count(max)).x;
		int barSpace = Math.max(1, area.width - nameWidth - countWidth - 3 * GAP);
		Color barColor = new Color(BAR);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int y = i * rowHeight;
			gc.drawText(shorten(gc, bar.className(), nameWidth), 0, y + GAP / 2, true);
			int width = bar.count() == 0 ? 0 : Math.max(1, (int) (barSpace * bar.count() / max));
			gc.setBackground(barColor);
			gc.fillRectangle(nameWidth + GAP, y + 2, width, rowHeight - 4);
			gc.drawText(Numbers.count(bar.count()), nameWidth + 2 * GAP + width, y + GAP / 2, true);
		}
		if (more > 0) {
			gc.drawText(moreText(), 0, bars.size() * rowHeight + GAP / 2, true);
		}
	}

	/** @return the name, cut with an ellipsis to fit the width */
	private static String shorten(GC gc, String name, int width) {
		if (gc.textExtent(name).x <= width) {
			return name;
		}
		String text = name;
		while (text.length() > 1 && gc.textExtent(text + "\u2026").x > width) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		return text + "\u2026"; //$NON-NLS-1$
	}
}
