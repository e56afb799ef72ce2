package org.labelbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** The selected project's label classes in order, the key (1 to 9) that picks each, and how often each is used. */
public final class ClassesPart extends SelectedProjectPart {

	private static final int KEYED = 9;

	@Inject
	private MApplication application;

	private Table table;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		table = Widgets.named(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "classes"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		column(Messages.Classes_key, 50);
		column(Messages.Classes_class, 180);
		column(Messages.Classes_count, 80);
		follow(application.getContext(), parent);
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	protected void update() {
		if (table == null || table.isDisposed()) {
			return;
		}
		ProjectStatus status = selectedStatus();
		Map<String, Long> labels = status == null ? Map.of() : status.labels();
		List<Map.Entry<String, Long>> entries = new ArrayList<>(labels.entrySet());
		table.setItemCount(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			TableItem item = table.getItem(i);
			item.setText(new String[] { i < KEYED ? Integer.toString(i + 1) : "", entries.get(i).getKey(), //$NON-NLS-1$
					Long.toString(entries.get(i).getValue()) });
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
