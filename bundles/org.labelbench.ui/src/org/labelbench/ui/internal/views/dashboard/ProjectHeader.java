package org.labelbench.ui.internal.views.dashboard;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.core.ProjectStatus;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.Widgets;

/** The project's name, and its type, state and number of items. */
final class ProjectHeader {

	private final Label name;
	private final Label facts;

	ProjectHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		GridLayoutFactory.fillDefaults().applyTo(header);
		name = new Label(header, SWT.NONE);
		name.setFont(JFaceResources.getHeaderFont());
		name.setData(Widgets.KEY, "header.name"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		facts = new Label(header, SWT.WRAP);
		facts.setData(Widgets.KEY, "header.facts"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
	}

	/** @param typeName the task type's name as its plugin gives it */
	void show(ProjectStatus project, String typeName) {
		name.setText(project.name());
		facts.setText(Messages.bind(Messages.Dashboard_facts, new Object[] { typeName, project.state().getName(),
				Numbers.count(project.items().total()), Numbers.count(project.items().labeled()) }));
		name.requestLayout();
	}
}
