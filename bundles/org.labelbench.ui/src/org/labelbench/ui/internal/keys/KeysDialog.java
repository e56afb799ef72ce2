package org.labelbench.ui.internal.keys;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeySequenceText;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * Window > Keys: every command's key, and a field that takes the new key as the user presses it. A change applies at
 * once and is kept for the next start; a key another command in the same context has is refused with its name.
 */
public final class KeysDialog extends TitleAreaDialog {

	private final MApplication application;
	private final List<MKeyBinding> bindings = new ArrayList<>();
	private Table table;
	private Text key;
	private KeySequenceText keyField;
	private Button apply;

	public KeysDialog(Shell shell, MApplication application) {
		super(shell);
		this.application = application;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Keys_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Keys_heading);
		setMessage(Messages.bind(Messages.Keys_message, KeyOverrides.file()));
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		table = Widgets.named(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), "keys"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		for (String title : new String[] { Messages.Keys_command, Messages.Keys_key, Messages.Keys_when }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals(Messages.Keys_command) ? 260 : 140);
		}
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(560, 300).applyTo(table);
		new Label(body, SWT.NONE).setText(Messages.Keys_newKey);
		key = Widgets.named(new Text(body, SWT.BORDER), "key"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(key);
		keyField = new KeySequenceText(key);
		keyField.setKeyStrokeLimit(4);
		apply = Widgets.named(new Button(body, SWT.PUSH), "applyKey"); //$NON-NLS-1$
		apply.setText(Messages.Keys_apply);
		apply.addListener(SWT.Selection, e -> rebind());
		table.addListener(SWT.Selection, e -> selected());
		fill();
		return area;
	}

	private void fill() {
		table.removeAll();
		bindings.clear();
		for (MKeyBinding binding : KeyOverrides.bindings(application).values()) {
			bindings.add(binding);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { describe(binding), display(binding.getKeySequence()), context(binding) });
		}
	}

	private static String describe(MKeyBinding binding) {
		String name = binding.getCommand() == null ? binding.getElementId() : binding.getCommand().getCommandName();
		return binding.getParameters().isEmpty() ? name
				: name + " " + binding.getParameters().get(0).getValue(); //$NON-NLS-1$
	}

	private static String context(MKeyBinding binding) {
		return ((org.eclipse.emf.ecore.EObject) binding).eContainer() instanceof org.eclipse.e4.ui.model.application.commands.MBindingTable table
				&& table.getBindingContext() != null ? table.getBindingContext().getName() : ""; //$NON-NLS-1$
	}

	private static String display(String sequence) {
		try {
			return KeySequence.getInstance(sequence).format();
		} catch (ParseException e) {
			return sequence;
		}
	}

	private void selected() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			try {
				keyField.setKeySequence(KeySequence.getInstance(bindings.get(index).getKeySequence()));
			} catch (ParseException e) {
				keyField.setKeySequence(KeySequence.getInstance());
			}
			key.setFocus();
		}
	}

	private void rebind() {
		int index = table.getSelectionIndex();
		KeySequence sequence = keyField.getKeySequence();
		if (index < 0 || sequence.isEmpty() || !sequence.isComplete()) {
			setErrorMessage(Messages.Keys_pick);
			return;
		}
		MKeyBinding binding = bindings.get(index);
		for (MKeyBinding other : bindings) {
			if (other != binding && ((org.eclipse.emf.ecore.EObject) other).eContainer() == ((org.eclipse.emf.ecore.EObject) binding).eContainer()
					&& sequence.toString().equals(normalized(other.getKeySequence()))) {
				setErrorMessage(Messages.bind(Messages.Keys_taken, sequence.format(), describe(other)));
				return;
			}
		}
		try {
			KeyOverrides.rebind(application.getContext(), binding, sequence.toString());
			setErrorMessage(null);
			fill();
			table.setSelection(index);
		} catch (IOException e) {
			setErrorMessage(Messages.bind(Messages.Keys_notSaved, e.getMessage()));
		}
	}

	private static String normalized(String sequence) {
		try {
			return KeySequence.getInstance(sequence).toString();
		} catch (ParseException e) {
			return sequence;
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
