package org.labelbench.datastore.azure.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
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
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastores;
import org.labelbench.ui.internal.Widgets;

/**
 * Window > Datastores: the registered Azure Blob datastores, a test of each one's connection, removal, and a form to
 * register another (connection string, account key or SAS token). Everything that reads secure storage or the
 * network runs as a job; the outcome shows in the dialog's message line.
 */
final class DatastoresDialog extends TitleAreaDialog {

	private final AzureDatastores datastores;
	private Table table;
	private Button test;
	private Button remove;
	private Label status;

	DatastoresDialog(Shell shell, AzureDatastores datastores) {
		super(shell);
		this.datastores = datastores;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Datastores_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Datastores_heading);
		setMessage(Messages.Datastores_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		table = Widgets.named(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "datastores"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 2).hint(480, 110).applyTo(table);
		for (String column : List.of(Messages.Datastores_name, Messages.Datastores_container, Messages.Datastores_account,
				Messages.Datastores_credential)) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		table.addListener(SWT.Selection, e -> enableButtons());
		test = button(body, Messages.Datastores_test, "test", () -> run(Messages.Datastores_testing, name -> { //$NON-NLS-1$
			datastores.check(name);
			return Messages.bind(Messages.Datastores_works, name);
		}));
		remove = button(body, Messages.Datastores_remove, "remove", () -> run(Messages.Datastores_removing, name -> { //$NON-NLS-1$
			datastores.remove(name);
			return Messages.bind(Messages.Datastores_removed, name);
		}));
		new RegistrationForm(body, this::testNew, this::register, this::setErrorMessage);
		status = Widgets.named(new Label(body, SWT.WRAP), "status"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(480, SWT.DEFAULT).applyTo(status);
		reload();
		enableButtons();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	private Button button(Composite parent, String text, String name, Runnable action) {
		Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
		button.setText(text);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void enableButtons() {
		boolean selected = table.getSelectionCount() == 1;
		test.setEnabled(selected);
		remove.setEnabled(selected);
	}

	/** Runs an action on the selected datastore as a job and shows what it says. */
	private void run(String jobName, java.util.function.Function<String, String> action) {
		String name = table.getSelection()[0].getText(0);
		background(Messages.bind(jobName, name), () -> action.apply(name));
	}

	private void testNew(AzureDatastore datastore, String secret) {
		background(Messages.bind(Messages.Datastores_testing, datastore.name()), () -> {
			datastores.check(datastore, secret);
			return Messages.bind(Messages.Datastores_works, datastore.name());
		});
	}

	private void register(AzureDatastore datastore, String secret) {
		background(Messages.bind(Messages.Datastores_adding, datastore.name()), () -> {
			datastores.add(datastore, secret);
			return Messages.bind(Messages.Datastores_added, datastore.name(), datastore.location());
		});
	}

	/** Work off the UI thread; its message (or its error's, which names the datastore and the reason) is shown. */
	private void background(String jobName, Supplier<String> work) {
		setErrorMessage(null);
		status.setText(jobName + "..."); //$NON-NLS-1$
		Job.create(jobName, (IProgressMonitor monitor) -> {
			String message;
			boolean failed = false;
			try {
				message = work.get();
			} catch (RuntimeException e) {
				message = e.getMessage();
				failed = true;
			}
			String shown = message;
			boolean error = failed;
			ui(() -> {
				status.setText(shown);
				setErrorMessage(error ? shown : null);
				reload();
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void reload() {
		Job.create(Messages.Datastores_loading, (IProgressMonitor monitor) -> {
			List<AzureDatastore> all = datastores.list();
			ui(() -> show(all));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(List<AzureDatastore> all) {
		table.removeAll();
		for (AzureDatastore datastore : all) {
			new TableItem(table, SWT.NONE).setText(new String[] { datastore.name(), datastore.container(),
					datastore.account(), datastore.credential().id() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		enableButtons();
	}

	private void ui(Runnable update) {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!table.isDisposed()) {
					update.run();
				}
			});
		}
	}
}
