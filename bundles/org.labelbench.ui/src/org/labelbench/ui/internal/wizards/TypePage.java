package org.labelbench.ui.internal.wizards;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.TaskType;
import org.labelbench.model.DataKind;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;
import org.labelbench.ui.internal.labeling.TaskEditors;

/** The project's name and task type: image or text, and what labelers mark. */
final class TypePage extends WizardPage {

	private final NewProjectModel model;
	private final List<TaskType> types;
	private final Predicate<String> nameUsed;
	private Text name;
	/** The name last checked against the store, and whether a project has (or had) it. */
	private String checkedName;
	private boolean checkedUsed;
	private Job check;

	/**
	 * @param nameUsed whether an existing or deleted project has a name; asks the store, so it runs in a job
	 */
	TypePage(NewProjectModel model, List<TaskType> types, Predicate<String> nameUsed) {
		super("type"); //$NON-NLS-1$
		this.model = model;
		this.types = types;
		this.nameUsed = nameUsed;
		setTitle(Messages.Wizard_typeTitle);
		setDescription(Messages.Wizard_typeDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		new Label(page, SWT.NONE).setText(Messages.Wizard_name);
		name = Widgets.named(new Text(page, SWT.BORDER), "name"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		name.addModifyListener(e -> {
			model.name = name.getText();
			checkName(model.name.strip());
			validate();
		});
		group(page, Messages.Wizard_imageTypes, DataKind.IMAGE);
		group(page, Messages.Wizard_textTypes, DataKind.TEXT);
		setControl(page);
		validate();
		setErrorMessage(null); // no complaint before the user typed anything
	}

	private void group(Composite page, String title, DataKind kind) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		GridLayoutFactory.swtDefaults().applyTo(group);
		for (TaskType type : types) {
			if (type.dataKind() != kind) {
				continue;
			}
			Button button = Widgets.named(new Button(group, SWT.RADIO), type.id());
			button.setText(type.name());
			TaskEditors.icon(type.id()).map(icon -> icon.createImage(false)).ifPresent(image -> {
				button.setImage(image);
				button.addListener(SWT.Dispose, e -> image.dispose());
			});
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					model.type = type;
					validate();
				}
			});
		}
	}

	/** Asks the store in the background whether the name is taken; the page completes once it answered. */
	private void checkName(String entered) {
		if (check != null) {
			check.cancel();
		}
		check = Job.create(Messages.Wizard_checkingName, (IProgressMonitor monitor) -> {
			boolean used = nameUsed.test(entered);
			name.getDisplay().asyncExec(() -> {
				if (!name.isDisposed() && entered.equals(model.name.strip())) {
					checkedName = entered;
					checkedUsed = used;
					validate();
				}
			});
			return Status.OK_STATUS;
		});
		check.setSystem(true);
		check.schedule();
	}

	private void validate() {
		String entered = model.name.strip();
		String problem = null;
		if (entered.isEmpty()) {
			problem = Messages.Wizard_nameMissing;
		} else if (entered.equals(checkedName) && checkedUsed) {
			problem = Messages.bind(Messages.Wizard_nameUsed, entered);
		} else if (model.type == null) {
			problem = Messages.Wizard_typeMissing;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && entered.equals(checkedName));
	}
}
