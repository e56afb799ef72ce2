package org.labelbench.ui.internal.views.review;

import java.text.DateFormat;
import java.util.Date;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.labelbench.model.Annotation;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** Shows an item with its labels: the image with its boxes and polygons drawn, or the text; and the list of labels. */
public final class ItemDialog extends Dialog {

	private final ItemDetails item;

	public ItemDialog(Shell shell, ItemDetails item) {
		super(shell);
		this.item = item;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.bind(Messages.Item_title, item.row().location()));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(900, 620);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		SashForm sash = new SashForm(area, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		content(sash);
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(side);
		facts(side);
		List labels = new List(side, SWT.BORDER | SWT.V_SCROLL);
		labels.setData(Widgets.KEY, "item.labels"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(labels);
		for (Annotation annotation : item.annotations()) {
			labels.add(AnnotationTexts.describe(annotation));
		}
		if (item.annotations().isEmpty()) {
			labels.add(Messages.Item_noLabels);
		}
		sash.setWeights(70, 30);
		return area;
	}

	private void content(Composite parent) {
		if (item.image() != null) {
			new AnnotatedImage(parent, item.image(), item.annotations());
		} else if (item.text() != null) {
			Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
			text.setText(item.text());
		} else {
			Label problem = new Label(parent, SWT.WRAP);
			problem.setText(Messages.bind(Messages.Item_noImage, item.problem()));
		}
	}

	private void facts(Composite parent) {
		ReviewRow row = item.row();
		String text = Messages.bind(Messages.Item_state, row.stateText());
		if (row.labeler() != null && row.submittedAt() != null) {
			text += "\n" + Messages.bind(Messages.Item_labeledBy, row.labeler(), //$NON-NLS-1$
					DateFormat.getDateTimeInstance().format(Date.from(row.submittedAt())));
		}
		if (row.problem() != null) {
			text += "\n" + row.problem(); //$NON-NLS-1$
		}
		Label facts = new Label(parent, SWT.WRAP);
		facts.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
		new Label(parent, SWT.NONE).setText(Messages.Item_labels);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
