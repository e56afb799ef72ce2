package org.labelbench.ui.internal.views;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.Workspace;
import org.labelbench.model.Instructions;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.Widgets;

/** The selected project's instructions: its text, or a link that opens in the browser. */
public final class InstructionsPart {

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;

	private Text text;
	private Link link;
	private String project;

	@PostConstruct
	void create(Composite parent, @Optional @Named(UiContext.SELECTED_PROJECT) String selected) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		link = new Link(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(link);
		link.addListener(SWT.Selection, e -> Program.launch(e.text));
		text = Widgets.named(new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), "instructions"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		select(selected);
	}

	@Inject
	@Optional
	void select(@Named(UiContext.SELECTED_PROJECT) String selected) {
		project = selected;
		if (text == null || text.isDisposed() || selected == null) {
			return;
		}
		Job.create(Messages.bind(Messages.Details_reading, selected), (IProgressMonitor monitor) -> {
			Instructions instructions;
			try {
				instructions = workspace.projects().get(selected).project().getInstructions();
			} catch (RuntimeException e) {
				instructions = null;
			}
			Instructions read = instructions;
			sync.asyncExec(() -> show(selected, read));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(String name, Instructions instructions) {
		if (text.isDisposed() || !name.equals(project)) {
			return;
		}
		String url = instructions == null ? null : instructions.getUrl();
		link.setText(url == null ? "" : "<a href=\"" + url + "\">" + url + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		text.setText(instructions == null || instructions.getText() == null
				? (url == null ? Messages.Instructions_none : Messages.Instructions_followLink)
				: instructions.getText());
		link.getParent().layout(true);
	}

	@Focus
	void focus() {
		text.setFocus();
	}
}
