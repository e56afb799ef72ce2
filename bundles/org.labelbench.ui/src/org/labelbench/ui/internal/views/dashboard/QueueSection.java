package org.labelbench.ui.internal.views.dashboard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.labelbench.store.ItemCounts;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * The work still to hand out. Today every queued item waits for manual labeling; queues of clustered and prelabeled
 * items come with ML assist and are shown once the store can tell them apart.
 */
final class QueueSection {

	private final Label manual;
	private final Label inTasks;

	QueueSection(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Dashboard_queue);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		manual = label(group, "queue.manual"); //$NON-NLS-1$
		inTasks = label(group, "queue.inTasks"); //$NON-NLS-1$
	}

	private static Label label(Composite parent, String id) {
		Label label = new Label(parent, SWT.WRAP);
		label.setData(Widgets.KEY, id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	void show(ItemCounts counts) {
		manual.setText(Messages.bind(Messages.Dashboard_queueManual, new Object[] { Numbers.count(counts.unlabeled()),
				Numbers.count(counts.skipped()), Numbers.count(counts.rejected()) }));
		inTasks.setText(Messages.bind(Messages.Dashboard_queueInTasks, Numbers.count(counts.inTask())));
		manual.requestLayout();
	}
}
