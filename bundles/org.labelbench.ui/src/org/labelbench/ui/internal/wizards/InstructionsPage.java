package org.labelbench.ui.internal.wizards;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** What labelers read before they start: instruction text, or a link to instructions kept elsewhere. */
final class InstructionsPage extends WizardPage {

	private final NewProjectModel model;
	private Button asText;
	private Text text;
	private Text link;

	InstructionsPage(NewProjectModel model) {
		super("instructions"); //$NON-NLS-1$
		this.model = model;
		setTitle(Messages.Wizard_instructionsTitle);
		setDescription(Messages.Wizard_instructionsDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		asText = new Button(page, SWT.RADIO);
		asText.setText(Messages.Wizard_instructionsText);
		asText.setSelection(true);
		text = Widgets.named(new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "instructions"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 160).applyTo(text);
		Button asLink = new Button(page, SWT.RADIO);
		asLink.setText(Messages.Wizard_instructionsLink);
		link = Widgets.named(new Text(page, SWT.BORDER), "instructionsUrl"); //$NON-NLS-1$
		link.setMessage("https://"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(link);
		asText.addListener(SWT.Selection, e -> update());
		text.addModifyListener(e -> update());
		link.addModifyListener(e -> update());
		setControl(page);
		update();
	}

	private void update() {
		boolean isText = asText.getSelection();
		text.setEnabled(isText);
		link.setEnabled(!isText);
		model.instructions = text.getText();
		model.instructionsUrl = isText || link.getText().isBlank() ? null : link.getText().strip();
		String problem = null;
		if (!isText && model.instructionsUrl != null) {
			try {
				URI uri = new URI(model.instructionsUrl);
				if (uri.getScheme() == null || uri.getHost() == null) {
					problem = Messages.bind(Messages.Wizard_badLink, model.instructionsUrl);
				}
			} catch (URISyntaxException e) {
				problem = Messages.bind(Messages.Wizard_badLink, model.instructionsUrl);
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
