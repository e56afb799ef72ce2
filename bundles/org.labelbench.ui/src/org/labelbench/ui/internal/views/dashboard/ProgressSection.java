package org.labelbench.ui.internal.views.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.labelbench.store.ItemCounts;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * How far labeling has come: the stacked bar of the project's items by state and a legend that names each part with
 * its count and share. The legend's labels carry a test id {@code progress.<key>}.
 */
final class ProgressSection {

	/** Colours told apart also by people with a colour vision deficiency (Okabe and Ito's palette). */
	static final RGB LABELED = new RGB(0, 158, 115);
	static final RGB IN_TASKS = new RGB(0, 114, 178);
	static final RGB QUEUED = new RGB(200, 200, 200);
	static final RGB SKIPPED = new RGB(230, 159, 0);
	static final RGB REJECTED = new RGB(204, 121, 167);
	static final RGB ERRORS = new RGB(213, 94, 0);

	private final ProgressChart chart;
	private final Composite legend;
	private final Map<String, Label> entries = new HashMap<>();

	ProgressSection(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Dashboard_progress);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		chart = new ProgressChart(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chart.control());
		legend = new Composite(group, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(legend);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(16).applyTo(legend);
		for (Segment segment : segments(new ItemCounts(0, 0, 0, 0, 0, 0, 0))) {
			entry(segment);
		}
	}

	private void entry(Segment segment) {
		Composite entry = new Composite(legend, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(entry);
		Label swatch = new Label(entry, SWT.BORDER);
		swatch.setBackground(new Color(segment.color()));
		GridDataFactory.swtDefaults().hint(12, 12).align(SWT.CENTER, SWT.CENTER).applyTo(swatch);
		Label text = new Label(entry, SWT.NONE);
		text.setData(Widgets.KEY, "progress." + segment.key()); //$NON-NLS-1$
		entries.put(segment.key(), text);
	}

	void show(ItemCounts counts) {
		List<Segment> segments = segments(counts);
		chart.show(segments);
		for (Segment segment : segments) {
			entries.get(segment.key()).setText(Messages.bind(Messages.Dashboard_legendEntry, new Object[] {
					segment.label(), Numbers.count(segment.count()), Numbers.percent(segment.count(), counts.total()) }));
		}
		legend.requestLayout();
	}

	/** @return the items by state; queued counts the items in the queue that were never skipped or rejected */
	static List<Segment> segments(ItemCounts counts) {
		return List.of(new Segment("labeled", Messages.Dashboard_labeled, counts.labeled(), LABELED), //$NON-NLS-1$
				new Segment("inTasks", Messages.Dashboard_inTasks, counts.inTask(), IN_TASKS), //$NON-NLS-1$
				new Segment("queued", Messages.Dashboard_queued, //$NON-NLS-1$
						counts.unlabeled() - counts.skipped() - counts.rejected(), QUEUED),
				new Segment("skipped", Messages.Dashboard_skipped, counts.skipped(), SKIPPED), //$NON-NLS-1$
				new Segment("rejected", Messages.Dashboard_rejected, counts.rejected(), REJECTED), //$NON-NLS-1$
				new Segment("errors", Messages.Dashboard_errors, counts.error(), ERRORS)); //$NON-NLS-1$
	}
}
