package org.labelbench.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** Whether ML assistance helps the labelers of this project; its settings are in the project's details. */
final class MlAssistPage extends WizardPage {

	private final NewProjectModel model;

	MlAssistPage(NewProjectModel model) {
		super("mlassist"); //$NON-NLS-1$
		this.model = model;
		setTitle(Messages.Wizard_mlTitle);
		setDescription(Messages.Wizard_mlDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		Button enabled = Widgets.named(new Button(page, SWT.CHECK), "mlAssist"); //$NON-NLS-1$
		enabled.setText(Messages.Wizard_mlEnable);
		enabled.addListener(SWT.Selection, e -> model.mlAssist = enabled.getSelection());
		Label explanation = new Label(page, SWT.WRAP);
		explanation.setText(Messages.Wizard_mlExplanation);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(explanation);
		setControl(page);
	}
}
