package org.labelbench.datastore.azure.ui.internal;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastore.Credential;
import org.labelbench.store.InvalidInputException;
import org.labelbench.ui.internal.Widgets;

/**
 * The fields of a new registration: name, container, kind of secret, account and endpoint (both taken from a
 * connection string when left empty), and the secret itself in a password field.
 */
final class RegistrationForm {

	private static final Credential[] KINDS = { Credential.CONNECTION_STRING, Credential.ACCOUNT_KEY, Credential.SAS };

	private final Text name;
	private final Text container;
	private final Combo credential;
	private final Text account;
	private final Text endpoint;
	private final Text secret;
	private final Consumer<String> error;

	RegistrationForm(Composite parent, BiConsumer<AzureDatastore, String> test, BiConsumer<AzureDatastore, String> add,
			Consumer<String> error) {
		this.error = error;
		Group group = new Group(parent, SWT.NONE);
		group.setText(Messages.Datastores_addGroup);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		name = field(group, Messages.Datastores_name + ":", "name", SWT.BORDER, null); //$NON-NLS-1$ //$NON-NLS-2$
		container = field(group, Messages.Datastores_container + ":", "container", SWT.BORDER, null); //$NON-NLS-1$ //$NON-NLS-2$
		new Label(group, SWT.NONE).setText(Messages.Datastores_credential + ":"); //$NON-NLS-1$
		credential = Widgets.named(new Combo(group, SWT.READ_ONLY), "credential"); //$NON-NLS-1$
		credential.setItems(Messages.Datastores_connectionString, Messages.Datastores_accountKey, Messages.Datastores_sas);
		credential.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(credential);
		account = field(group, Messages.Datastores_account + ":", "account", SWT.BORDER, //$NON-NLS-1$ //$NON-NLS-2$
				Messages.Datastores_accountHint);
		endpoint = field(group, Messages.Datastores_endpoint + ":", "endpoint", SWT.BORDER, //$NON-NLS-1$ //$NON-NLS-2$
				Messages.Datastores_endpointHint);
		new Label(group, SWT.NONE).setText(Messages.Datastores_secret);
		secret = Widgets.named(new Text(group, SWT.BORDER | SWT.PASSWORD), "secret"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(secret);
		button(group, Messages.Datastores_test, "testNew", () -> submit(test)); //$NON-NLS-1$
		button(group, Messages.Datastores_add, "add", () -> submit(add)); //$NON-NLS-1$
		Label note = new Label(group, SWT.WRAP);
		note.setText(Messages.Datastores_secretNote);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(note);
	}

	private static Text field(Composite parent, String label, String name, int style, String hint) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = Widgets.named(new Text(parent, style), name);
		if (hint != null) {
			text.setMessage(hint);
		}
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(text);
		return text;
	}

	private static void button(Composite parent, String text, String name, Runnable action) {
		Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void submit(BiConsumer<AzureDatastore, String> action) {
		try {
			String given = secret.getText().strip();
			AzureDatastore datastore = AzureDatastore.of(name.getText().strip(), container.getText().strip(),
					KINDS[credential.getSelectionIndex()], given, account.getText(), endpoint.getText());
			if (given.isEmpty()) {
				throw new InvalidInputException("datastore '" + datastore.name() + "' needs its "
						+ datastore.credential().id());
			}
			action.accept(datastore, given);
		} catch (InvalidInputException e) {
			error.accept(e.getMessage());
		}
	}
}
