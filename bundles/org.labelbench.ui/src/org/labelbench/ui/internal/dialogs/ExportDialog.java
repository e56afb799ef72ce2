package org.labelbench.ui.internal.dialogs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.Exports.Format;
import org.labelbench.ui.internal.Messages;

/** Asks for an export's format and destination; formats that cannot hold the project's data are not offered. */
public final class ExportDialog extends TitleAreaDialog {

	private final String project;
	private final List<Format> formats;
	private Combo format;
	private Text destination;
	private Button allItems;
	private Button prelabels;
	private ExportRequest request;

	public ExportDialog(Shell shell, String project, List<Format> formats) {
		super(shell);
		this.project = project;
		this.formats = formats;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Export_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.bind(Messages.Export_heading, project));
		setMessage(Messages.Export_message);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Export_format);
		format = new Combo(body, SWT.READ_ONLY);
		formats.forEach(f -> format.add(f.name()));
		format.select(0);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(format);
		new Label(body, SWT.NONE).setText(Messages.Export_destination);
		destination = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(destination);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Common_browse);
		browse.addListener(SWT.Selection, e -> browse());
		allItems = new Button(body, SWT.CHECK);
		allItems.setText(Messages.Export_allItems);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(allItems);
		prelabels = new Button(body, SWT.CHECK);
		prelabels.setText(Messages.Export_prelabels);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(prelabels);
		destination.addModifyListener(e -> validate());
		return area;
	}

	private Format selected() {
		return formats.get(Math.max(0, format.getSelectionIndex()));
	}

	private void browse() {
		String chosen;
		if (selected().directory()) {
			DirectoryDialog dialog = new DirectoryDialog(getShell(), SWT.SAVE);
			dialog.setMessage(Messages.Export_chooseFolder);
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFileName(project + (selected().id().equals("csv") ? ".csv"
					: selected().id().equals("manifest") ? ".jsonl" : ".json"));
			chosen = dialog.open();
		}
		if (chosen != null) {
			destination.setText(chosen);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Export_export);
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(!destination.getText().isBlank());
		}
	}

	@Override
	protected void okPressed() {
		request = new ExportRequest(project, selected().id(), Path.of(destination.getText().strip()),
				allItems.getSelection(), prelabels.getSelection());
		super.okPressed();
	}

	/** @return what the user asked for, after OK */
	public ExportRequest request() {
		return request;
	}
}
