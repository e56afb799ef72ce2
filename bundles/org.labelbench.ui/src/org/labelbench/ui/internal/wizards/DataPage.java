package org.labelbench.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.labelbench.core.Datasets.CsvPreview;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.core.Workspace;
import org.labelbench.model.DataKind;
import org.labelbench.model.Dataset;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/**
 * Where the items come from: a local folder (searched recursively), a CSV file for text (with the text column chosen
 * from a preview of its first rows), a registered dataset, or a folder of any registered datastore, chosen in a tree
 * that browses it (everything below the folder, {@code /**}).
 */
final class DataPage extends WizardPage {

	private static final int PREVIEW_ROWS = 5;

	private final NewProjectModel model;
	private final Workspace workspace;
	private final DatastoreBrowser browser;
	private Button fromDatastore;
	private List<Control> localControls;
	private List<Control> datastoreControls;
	private Text location;
	private Text path;
	private Combo datasets;
	private Combo column;
	private Table preview;
	private Label columnLabel;
	private List<Dataset> known = List.of();
	private String problem;

	DataPage(NewProjectModel model, Workspace workspace, DatastoreBrowser browser) {
		super("data"); //$NON-NLS-1$
		this.model = model;
		this.workspace = workspace;
		this.browser = browser;
		setTitle(Messages.Wizard_dataTitle);
		setDescription(Messages.Wizard_dataDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		Button local = radio(page, Messages.Wizard_sourceLocal, "sourceLocal"); //$NON-NLS-1$
		fromDatastore = radio(page, Messages.Wizard_sourceDatastore, "sourceDatastore"); //$NON-NLS-1$
		local.setSelection(true);
		local.addListener(SWT.Selection, e -> sourceChosen());
		fromDatastore.addListener(SWT.Selection, e -> sourceChosen());
		Label pathLabel = new Label(page, SWT.NONE);
		pathLabel.setText(Messages.Wizard_dataPath);
		path = Widgets.named(new Text(page, SWT.BORDER), "path"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		path.addModifyListener(e -> pathChanged());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Common_browse);
		browse.addListener(SWT.Selection, e -> browse());
		Label datasetLabel = new Label(page, SWT.NONE);
		datasetLabel.setText(Messages.Wizard_dataset);
		datasets = Widgets.named(new Combo(page, SWT.READ_ONLY), "dataset"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(datasets);
		datasets.add(Messages.Wizard_noDataset);
		datasets.select(0);
		datasets.addListener(SWT.Selection, e -> datasetChosen());
		columnLabel = new Label(page, SWT.NONE);
		columnLabel.setText(Messages.Wizard_textColumn);
		column = Widgets.named(new Combo(page, SWT.READ_ONLY), "column"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(column);
		column.addListener(SWT.Selection, e -> {
			model.textColumn = column.getText();
			validate();
		});
		preview = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 120).applyTo(preview);
		Tree tree = new DatastoreTree(page, browser, this::folderChosen).control();
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 160).applyTo(tree);
		Label locationLabel = new Label(page, SWT.NONE);
		locationLabel.setText(Messages.Wizard_dataLocation);
		location = Widgets.named(new Text(page, SWT.BORDER | SWT.READ_ONLY), "location"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(location);
		localControls = List.of(pathLabel, path, browse, datasetLabel, datasets);
		datastoreControls = List.of(tree, locationLabel, location);
		show(datastoreControls, false);
		setControl(page);
		loadDatasets();
		validate();
		setErrorMessage(null);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			boolean text = model.type != null && model.type.dataKind() == DataKind.TEXT;
			setDescription(text ? Messages.Wizard_dataDescriptionText : Messages.Wizard_dataDescription);
			showCsvControls(model.csv() && !fromDatastore.getSelection());
		}
	}

	private static Button radio(Composite page, String text, String name) {
		Button radio = Widgets.named(new Button(page, SWT.RADIO), name);
		radio.setText(text);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
		return radio;
	}

	private void sourceChosen() {
		boolean datastore = fromDatastore.getSelection();
		model.dataLocation = datastore && !location.getText().isEmpty() ? location.getText() : null;
		show(localControls, !datastore);
		show(datastoreControls, datastore);
		showCsvControls(!datastore && model.csv());
		validate();
	}

	private void folderChosen(String folder) {
		location.setText(folder == null ? "" : DatastoreBrowser.everythingBelow(folder)); //$NON-NLS-1$
		model.dataLocation = folder == null ? null : location.getText();
		validate();
	}

	private static void show(List<Control> controls, boolean visible) {
		for (Control control : controls) {
			if (!(control.getLayoutData() instanceof GridData)) {
				control.setLayoutData(new GridData());
			}
			control.setVisible(visible);
			((GridData) control.getLayoutData()).exclude = !visible;
		}
		if (!controls.isEmpty()) {
			controls.get(0).getParent().layout(true);
		}
	}

	private void browse() {
		boolean text = model.type != null && model.type.dataKind() == DataKind.TEXT;
		String chosen;
		if (text) {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
			dialog.setText(Messages.Wizard_chooseCsv);
			chosen = dialog.open();
			if (chosen == null) { // a folder of .txt files instead
				DirectoryDialog folders = new DirectoryDialog(getShell());
				folders.setMessage(Messages.Wizard_chooseFolder);
				chosen = folders.open();
			}
		} else {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(Messages.Wizard_chooseFolder);
			chosen = dialog.open();
		}
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	private void loadDatasets() {
		Job.create(Messages.Wizard_loadingDatasets, (IProgressMonitor monitor) -> {
			List<Dataset> list = workspace.datasets().list();
			getShell().getDisplay().asyncExec(() -> {
				if (!datasets.isDisposed()) {
					known = list;
					list.forEach(d -> datasets.add(d.getName()));
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void datasetChosen() {
		int index = datasets.getSelectionIndex();
		if (index <= 0) {
			model.dataset = null;
			pathChanged();
			return;
		}
		Dataset dataset = known.get(index - 1);
		model.dataset = dataset.getName();
		if (dataset.getDataSource() instanceof LocalFolderSource folder) {
			path.setText(folder.getPath()); // shows where it is; the project uses the dataset
			model.dataset = dataset.getName();
		}
		validate();
	}

	private void pathChanged() {
		String entered = path.getText().strip();
		model.data = entered.isEmpty() ? null : Path.of(entered);
		model.textColumn = null;
		problem = null;
		column.removeAll();
		preview.removeAll();
		for (TableColumn c : preview.getColumns()) {
			c.dispose();
		}
		showCsvControls(model.csv());
		if (model.csv() && Files.isRegularFile(model.data)) {
			readPreview(model.data);
		}
		validate();
	}

	private void showCsvControls(boolean csv) {
		show(List.of(columnLabel, column, preview), csv);
	}

	private void readPreview(Path csv) {
		Job.create(Messages.Wizard_readingCsv, (IProgressMonitor monitor) -> {
			CsvPreview result;
			String failure = null;
			try {
				result = workspace.datasets().preview(csv, PREVIEW_ROWS);
			} catch (InvalidInputException e) {
				result = null;
				failure = e.getMessage();
			}
			CsvPreview shown = result;
			String error = failure;
			getShell().getDisplay().asyncExec(() -> showPreview(csv, shown, error));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showPreview(Path csv, CsvPreview result, String failure) {
		if (column.isDisposed() || !csv.equals(model.data)) {
			return;
		}
		if (result == null) {
			problem = failure;
			validate();
			return;
		}
		for (String name : result.columns()) {
			column.add(name);
			TableColumn c = new TableColumn(preview, SWT.LEFT);
			c.setText(name);
			c.setWidth(140);
		}
		for (List<String> row : result.rows()) {
			new TableItem(preview, SWT.NONE).setText(row.toArray(String[]::new));
		}
		int guess = result.columns().indexOf("text"); //$NON-NLS-1$
		column.select(guess >= 0 ? guess : result.columns().size() - 1);
		model.textColumn = column.getText();
		validate();
	}

	private void validate() {
		if (fromDatastore.getSelection()) {
			setErrorMessage(null);
			setMessage(model.dataLocation == null ? Messages.Wizard_datastoreMissing : null);
			setPageComplete(model.dataLocation != null);
			return;
		}
		setMessage(null);
		String error = null;
		if (model.dataset == null) {
			if (model.data == null) {
				error = Messages.Wizard_dataMissing;
			} else if (!Files.exists(model.data)) {
				error = Messages.bind(Messages.Wizard_dataNotFound, model.data);
			} else if (!Files.isReadable(model.data)) {
				error = Messages.bind(Messages.Wizard_dataUnreadable, model.data);
			} else if (model.csv() && model.type != null && model.type.dataKind() == DataKind.IMAGE) {
				error = Messages.Wizard_csvForImages;
			} else if (model.csv() && problem != null) {
				error = problem;
			} else if (model.csv() && (model.textColumn == null || model.textColumn.isEmpty())) {
				error = Messages.Wizard_columnMissing;
			} else if (!model.csv() && !Files.isDirectory(model.data)) {
				error = Messages.bind(Messages.Wizard_notAFolder, model.data);
			}
		}
		setErrorMessage(model.data == null && model.dataset == null ? null : error);
		setPageComplete(error == null);
	}
}
