package org.labelbench.ui.internal.dialogs;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.LabelMode;
import org.labelbench.ui.internal.Messages;

/**
 * Asks for new label classes and what happens to the labels the project has: start over removing them, start over
 * keeping them as defaults, or continue keeping them.
 */
public final class AddClassesDialog extends TitleAreaDialog {

	private final String project;
	private final List<String> existing;
	private Text names;
	private Button restartClear;
	private Button restartKeep;
	private Button continueKeep;
	private List<String> labels = List.of();
	private LabelMode mode = LabelMode.CONTINUE;

	public AddClassesDialog(Shell shell, String project, List<String> existing) {
		super(shell);
		this.project = project;
		this.existing = existing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AddClasses_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.bind(Messages.AddClasses_heading, project));
		setMessage(Messages.AddClasses_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.AddClasses_names);
		names = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		org.labelbench.ui.internal.Widgets.named(names, "classNames"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 90).applyTo(names);
		names.addModifyListener(e -> validate());
		Group modes = new Group(body, SWT.NONE);
		modes.setText(Messages.AddClasses_existing);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(modes);
		GridLayoutFactory.swtDefaults().applyTo(modes);
		continueKeep = radio(modes, Messages.AddClasses_continue);
		restartKeep = radio(modes, Messages.AddClasses_restartKeep);
		restartClear = radio(modes, Messages.AddClasses_restartClear);
		continueKeep.setSelection(true);
		return area;
	}

	private static Button radio(Composite parent, String text) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		return button;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.AddClasses_add);
		validate();
	}

	private void validate() {
		List<String> entered = entered();
		String problem = null;
		if (entered.isEmpty()) {
			problem = Messages.AddClasses_none;
		} else {
			for (String name : entered) {
				if (existing.contains(name)) {
					problem = Messages.bind(Messages.AddClasses_exists, name);
				} else if (entered.indexOf(name) != entered.lastIndexOf(name)) {
					problem = Messages.bind(Messages.AddClasses_twice, name);
				}
			}
		}
		setErrorMessage(entered.isEmpty() ? null : problem);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	private List<String> entered() {
		return Arrays.stream(names.getText().split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
	}

	@Override
	protected void okPressed() {
		labels = entered();
		mode = restartClear.getSelection() ? LabelMode.RESTART_CLEAR
				: restartKeep.getSelection() ? LabelMode.RESTART_KEEP : LabelMode.CONTINUE;
		super.okPressed();
	}

	/** @return the classes to add, after OK */
	public List<String> labels() {
		return labels;
	}

	/** @return what happens to the existing labels, after OK */
	public LabelMode mode() {
		return mode;
	}
}
