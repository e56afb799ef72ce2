package org.labelbench.ui.internal.wizards;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.jface.wizard.Wizard;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.WorkbenchJobs;

/**
 * The New Labeling Project wizard: name and task type, data, incremental refresh, label classes, instructions, ML
 * assist, summary. Finish starts the initialization as a job with progress and cancellation and selects the new
 * project, which the views show as INITIALIZING until its items are in.
 */
public final class NewProjectWizard extends Wizard {

	private final Workspace workspace;
	private final DatastoreBrowser browser;
	private final WorkbenchJobs jobs;
	private final IEclipseContext context;
	private final NewProjectModel model = new NewProjectModel();

	/**
	 * @param browser browses the registered datastores of every kind, for the data page's datastore tree
	 * @param context the application context, where the new project becomes the selected one
	 */
	public NewProjectWizard(Workspace workspace, DatastoreBrowser browser, WorkbenchJobs jobs,
			IEclipseContext context) {
		this.workspace = workspace;
		this.browser = browser;
		this.jobs = jobs;
		this.context = context;
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(new TypePage(model, workspace.taskTypes().all(), name -> workspace.store().projects().nameUsed(name)));
		addPage(new DataPage(model, workspace, browser));
		addPage(new RefreshPage(model));
		addPage(new ClassesPage(model));
		addPage(new InstructionsPage(model));
		addPage(new MlAssistPage(model));
		addPage(new SummaryPage(model));
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() instanceof SummaryPage && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		ProjectSpec spec = model.spec();
		boolean refresh = model.refresh;
		java.time.Duration interval = model.refreshInterval;
		boolean mlAssist = model.mlAssist;
		jobs.run(Messages.bind(Messages.Wizard_initializing, spec.name()), progress -> {
			workspace.projects().create(spec, progress);
			if (refresh) {
				workspace.projects().setRefresh(spec.name(), interval);
			}
			if (mlAssist) {
				workspace.projects().setMlAssist(spec.name(), true);
			}
		});
		context.set(UiContext.SELECTED_PROJECT, spec.name());
		return true;
	}
}
