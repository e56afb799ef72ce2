package org.labelbench.ui.internal.wizards;

import java.time.Duration;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** Incremental refresh: whether new files in the data source become items on their own, and how often. */
final class RefreshPage extends WizardPage {

	private static final Duration[] UNITS = { Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1) };

	private final NewProjectModel model;
	private Button enabled;
	private Spinner every;
	private Combo unit;

	RefreshPage(NewProjectModel model) {
		super("refresh"); //$NON-NLS-1$
		this.model = model;
		setTitle(Messages.Wizard_refreshTitle);
		setDescription(Messages.Wizard_refreshDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		enabled = Widgets.named(new Button(page, SWT.CHECK), "refresh"); //$NON-NLS-1$
		enabled.setText(Messages.Wizard_refreshEnable);
		enabled.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		new Label(page, SWT.NONE).setText(Messages.Wizard_refreshEvery);
		every = new Spinner(page, SWT.BORDER);
		every.setValues(1, 1, 10_000, 0, 1, 10);
		unit = new Combo(page, SWT.READ_ONLY);
		unit.setItems(Messages.Wizard_minutes, Messages.Wizard_hours, Messages.Wizard_days);
		unit.select(2);
		enabled.addListener(SWT.Selection, e -> update());
		every.addListener(SWT.Modify, e -> update());
		unit.addListener(SWT.Selection, e -> update());
		setControl(page);
		update();
	}

	private void update() {
		model.refresh = enabled.getSelection();
		model.refreshInterval = UNITS[unit.getSelectionIndex()].multipliedBy(every.getSelection());
		every.setEnabled(model.refresh);
		unit.setEnabled(model.refresh);
	}
}
