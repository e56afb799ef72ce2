package org.labelbench.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** Everything the wizard collected, to read once more before the project is created. */
final class SummaryPage extends WizardPage {

	private final NewProjectModel model;
	private Text summary;

	SummaryPage(NewProjectModel model) {
		super("summary"); //$NON-NLS-1$
		this.model = model;
		setTitle(Messages.Wizard_summaryTitle);
		setDescription(Messages.Wizard_summaryDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		summary = Widgets.named(new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
				"summary"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(summary);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			summary.setText(describe());
		}
		super.setVisible(visible);
	}

	private String describe() {
		String data = model.dataLocation != null ? model.dataLocation : model.dataset != null ? Messages.bind(Messages.Wizard_summaryDataset, model.dataset)
				: model.csv() ? Messages.bind(Messages.Wizard_summaryCsv, model.data, model.textColumn)
						: String.valueOf(model.data);
		String instructions = model.instructionsUrl != null ? model.instructionsUrl
				: model.instructions.isBlank() ? Messages.Wizard_summaryNone : model.instructions.strip();
		return Messages.bind(Messages.Wizard_summary, new Object[] { model.name.strip(), model.type.name(), data,
				model.refresh ? Messages.bind(Messages.Wizard_summaryRefresh, org.labelbench.ui.internal.Durations.describe(model.refreshInterval))
						: Messages.Wizard_summaryOff,
				String.join(", ", model.labels), instructions, //$NON-NLS-1$
				model.mlAssist ? Messages.Wizard_summaryOn : Messages.Wizard_summaryOff });
	}
}
