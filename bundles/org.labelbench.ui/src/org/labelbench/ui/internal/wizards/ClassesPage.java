package org.labelbench.ui.internal.wizards;

import java.util.Collections;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** The label classes, one per row, in the order labelers see them; the first nine get the keys 1 to 9. */
final class ClassesPage extends WizardPage {

	private static final int KEYED = 9;

	private final NewProjectModel model;
	private Text entry;
	private Table table;

	ClassesPage(NewProjectModel model) {
		super("classes"); //$NON-NLS-1$
		this.model = model;
		setTitle(Messages.Wizard_classesTitle);
		setDescription(Messages.Wizard_classesDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		entry = Widgets.named(new Text(page, SWT.BORDER), "class"); //$NON-NLS-1$
		entry.setMessage(Messages.Wizard_classHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(entry);
		entry.addListener(SWT.DefaultSelection, e -> add());
		Button add = Widgets.named(button(page, Messages.Wizard_add), "add"); //$NON-NLS-1$
		add.addListener(SWT.Selection, e -> add());
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText(Messages.Wizard_key);
		new TableColumn(table, SWT.LEFT).setText(Messages.Wizard_class);
		table.getColumn(0).setWidth(50);
		table.getColumn(1).setWidth(300);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 4).hint(SWT.DEFAULT, 200).applyTo(table);
		button(page, Messages.Wizard_remove).addListener(SWT.Selection, e -> remove());
		button(page, Messages.Wizard_up).addListener(SWT.Selection, e -> move(-1));
		button(page, Messages.Wizard_down).addListener(SWT.Selection, e -> move(1));
		new org.eclipse.swt.widgets.Label(page, SWT.NONE);
		setControl(page);
		show();
		setErrorMessage(null);
	}

	private static Button button(Composite parent, String text) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
		return button;
	}

	private void add() {
		for (String name : entry.getText().split(",")) { //$NON-NLS-1$
			String label = name.strip();
			if (label.isEmpty()) {
				continue;
			}
			if (model.labels.contains(label)) {
				setErrorMessage(Messages.bind(Messages.Wizard_classTwice, label));
				return;
			}
			model.labels.add(label);
		}
		entry.setText(""); //$NON-NLS-1$
		show();
	}

	private void remove() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			model.labels.remove(index);
			show();
			table.setSelection(Math.min(index, model.labels.size() - 1));
		}
	}

	private void move(int by) {
		int index = table.getSelectionIndex();
		int to = index + by;
		if (index >= 0 && to >= 0 && to < model.labels.size()) {
			Collections.swap(model.labels, index, to);
			show();
			table.setSelection(to);
		}
	}

	private void show() {
		table.removeAll();
		for (int i = 0; i < model.labels.size(); i++) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { i < KEYED ? Integer.toString(i + 1) : "", model.labels.get(i) }); //$NON-NLS-1$
		}
		String problem = model.labels.isEmpty() ? Messages.Wizard_classesMissing : null;
		setErrorMessage(model.labels.isEmpty() ? null : problem);
		setPageComplete(problem == null);
	}
}
