package org.labelbench.ui.internal.views.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * Chooses the items the data review lists: a state, and for labeled items a class and a labeler (typed, or picked
 * from those seen). Tells its listener when the choice changed.
 */
public final class FilterBar {

	private final Combo state;
	private final Combo className;
	private final Combo labeler;
	private final Label count;
	private final List<String> classes = new ArrayList<>();
	private Runnable changed = () -> {
	};

	public FilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		// wraps in a narrow view rather than cutting off the count
		RowLayoutFactory.swtDefaults().wrap(true).center(true).spacing(6).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Review_show);
		state = new Combo(bar, SWT.READ_ONLY);
		state.setItems(Arrays.stream(StateFilter.values()).map(StateFilter::label).toArray(String[]::new));
		state.select(0);
		state.setData(Widgets.KEY, "review.state"); //$NON-NLS-1$
		new Label(bar, SWT.NONE).setText(Messages.Review_class);
		className = new Combo(bar, SWT.READ_ONLY);
		className.setData(Widgets.KEY, "review.class"); //$NON-NLS-1$
		className.setLayoutData(new RowData(140, SWT.DEFAULT));
		new Label(bar, SWT.NONE).setText(Messages.Review_byLabeler);
		labeler = new Combo(bar, SWT.DROP_DOWN);
		labeler.setData(Widgets.KEY, "review.labeler"); //$NON-NLS-1$
		labeler.setToolTipText(Messages.Review_labelerTip);
		labeler.setLayoutData(new RowData(120, SWT.DEFAULT));
		count = new Label(bar, SWT.NONE);
		count.setData(Widgets.KEY, "review.count"); //$NON-NLS-1$
		state.addListener(SWT.Selection, e -> stateChosen());
		className.addListener(SWT.Selection, e -> labelsChosen());
		labeler.addListener(SWT.Selection, e -> labelsChosen());
		labeler.addListener(SWT.DefaultSelection, e -> labelsChosen());
		setClasses(List.of());
	}

	/** @param listener told when the user chose other items */
	public void onChange(Runnable listener) {
		changed = listener;
	}

	/** Only labeled items have a class and a labeler: other states clear them. */
	private void stateChosen() {
		if (state() != StateFilter.LABELED) {
			reset();
		}
		changed.run();
	}

	/** A class or a labeler is chosen among the labeled items. */
	private void labelsChosen() {
		if (className() != null || labeler() != null) {
			state.select(StateFilter.LABELED.ordinal());
		}
		changed.run();
	}

	public StateFilter state() {
		return StateFilter.values()[Math.max(0, state.getSelectionIndex())];
	}

	/** @return the class chosen, or null for all */
	public String className() {
		int index = className.getSelectionIndex();
		return index <= 0 ? null : classes.get(index - 1);
	}

	/** @return the labeler typed or chosen, or null for all */
	public String labeler() {
		String name = labeler.getText().strip();
		return name.isEmpty() ? null : name;
	}

	/** Offers the classes of the project shown; a class chosen before stays chosen if the project has it. */
	public void setClasses(Collection<String> names) {
		if (classes.equals(List.copyOf(names)) && className.getItemCount() > 0) {
			return;
		}
		String chosen = className();
		classes.clear();
		classes.addAll(names);
		List<String> items = new ArrayList<>();
		items.add(Messages.Review_allClasses);
		items.addAll(classes);
		className.setItems(items.toArray(String[]::new));
		className.select(chosen == null ? 0 : classes.indexOf(chosen) + 1);
	}

	/** Clears the class and labeler, for another project. */
	public void reset() {
		className.select(0);
		labeler.setText(""); //$NON-NLS-1$
	}

	/** Offers labelers seen in the rows, to pick instead of typing. */
	public void addLabelers(Collection<String> names) {
		for (String name : names) {
			if (name != null && labeler.indexOf(name) < 0) {
				labeler.add(name);
			}
		}
	}

	public void showCount(String text) {
		count.setText(text);
		count.requestLayout();
	}
}
