package org.labelbench.ui.internal.views;

import java.text.DateFormat;
import java.time.Duration;
import java.util.List;

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
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.ProjectRecord;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.WhenShown;
import org.labelbench.ui.internal.Widgets;
import org.labelbench.ui.internal.WorkbenchJobs;
import org.labelbench.ui.internal.dialogs.AddClassesDialog;

/**
 * The selected project's facts and settings: data source and storage, incremental refresh (on/off, interval, last
 * refresh, refresh now), label classes (add with one of the three strategies), instructions (edit) and ML assist.
 * Reads the project's definition in a job whenever the project or its status changes (while it shows, or once it shows
 * again); every change is saved in a job too. Users whose role does not manage the project see its settings
 * read-only, with a note saying so.
 */
public final class DetailsPart {

	@Inject
	private Workspace workspace;
	@Inject
	private WorkbenchJobs jobs;
	@Inject
	private UISynchronize sync;

	private Composite body;
	private ScrolledComposite scroll;
	private Label facts;
	private Button refreshOn;
	private Spinner refreshHours;
	private Label lastRefresh;
	private Button applyRefresh;
	private Button refreshNow;
	private Label classes;
	private Button addClasses;
	private Text instructions;
	private Text instructionsUrl;
	private Button saveInstructions;
	private Button mlAssist;
	private Label mlSettings;
	private String project;
	private ProjectRecord shown;
	private MembersGroup members;
	private Label notice;
	private UserRights rights;
	/** reads the project again on a selection or status change, while the view shows or once it shows again */
	private WhenShown whenShown;
	/** another project was selected: its members are read too, with the project */
	private boolean membersStale;

	@PostConstruct
	void create(Composite parent, @Optional @Named(UiContext.SELECTED_PROJECT) String selected) {
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		facts = Widgets.named(new Label(group(Messages.Details_project), SWT.WRAP), "facts"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(facts);
		notice = Widgets.named(new Label(facts.getParent(), SWT.WRAP), "details.notice"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, SWT.DEFAULT).applyTo(notice);
		createRefresh(group(Messages.Details_refresh));
		createClasses(group(Messages.Details_classes));
		createInstructions(group(Messages.Details_instructions));
		createMl(group(Messages.Details_ml));
		members = new MembersGroup(group(Messages.Details_members), workspace, jobs, sync);
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.addListener(SWT.Resize, e -> resize());
		whenShown = new WhenShown(scroll, this::read);
		select(selected);
	}

	private Composite group(String title) {
		Group group = new Group(body, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		return group;
	}

	private void createRefresh(Composite group) {
		refreshOn = Widgets.named(new Button(group, SWT.CHECK), "refreshOn"); //$NON-NLS-1$
		refreshOn.setText(Messages.Details_refreshOn);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(refreshOn);
		new Label(group, SWT.NONE).setText(Messages.Details_refreshHours);
		refreshHours = Widgets.named(new Spinner(group, SWT.BORDER), "refreshHours"); //$NON-NLS-1$
		refreshHours.setValues(24, 1, 24 * 365, 0, 1, 24);
		lastRefresh = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(lastRefresh);
		applyRefresh = new Button(group, SWT.PUSH);
		applyRefresh.setText(Messages.Details_apply);
		applyRefresh.addListener(SWT.Selection, e -> saveRefresh());
		refreshNow = new Button(group, SWT.PUSH);
		refreshNow.setText(Messages.Details_refreshNow);
		refreshNow.addListener(SWT.Selection, e -> refreshNow());
	}

	private void createClasses(Composite group) {
		classes = Widgets.named(new Label(group, SWT.WRAP), "classes"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, SWT.DEFAULT).applyTo(classes);
		addClasses = new Button(group, SWT.PUSH);
		addClasses.setText(Messages.Details_addClasses);
		addClasses.addListener(SWT.Selection, e -> addClasses());
	}

	private void createInstructions(Composite group) {
		instructions = Widgets.named(new Text(group, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
				"instructions"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, 80).applyTo(instructions);
		new Label(group, SWT.NONE).setText(Messages.Details_link);
		instructionsUrl = new Text(group, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(instructionsUrl);
		saveInstructions = new Button(group, SWT.PUSH);
		saveInstructions.setText(Messages.Details_save);
		saveInstructions.addListener(SWT.Selection, e -> saveInstructions());
	}

	private void createMl(Composite group) {
		mlAssist = new Button(group, SWT.CHECK);
		mlAssist.setText(Messages.Details_mlOn);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(mlAssist);
		mlAssist.addListener(SWT.Selection, e -> {
			String name = project;
			boolean on = mlAssist.getSelection();
			jobs.run(Messages.bind(Messages.Details_savingMl, name), p -> workspace.projects().setMlAssist(name, on));
		});
		mlSettings = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(260, SWT.DEFAULT).applyTo(mlSettings);
	}

	@Inject
	@Optional
	void select(@Named(UiContext.SELECTED_PROJECT) String selected) {
		project = selected;
		membersStale = true;
		if (whenShown != null) {
			whenShown.request();
		}
	}

	@Inject
	@Optional
	void statusChanged(@Named(UiContext.PROJECTS) List<ProjectStatus> projects) {
		if (whenShown != null) {
			whenShown.request(); // classes, state or last refresh may have changed elsewhere
		}
	}

	@Inject
	@Optional
	void rightsChanged(@Named(UiContext.RIGHTS) UserRights latest) {
		rights = latest;
		if (body != null && !body.isDisposed()) {
			show(shown);
			members.show(project); // managing members may have been given or taken
		}
	}

	private void read() {
		load();
		if (membersStale) {
			membersStale = false;
			members.show(project);
		}
	}

	private void load() {
		if (body == null || body.isDisposed()) {
			return;
		}
		String name = project;
		if (name == null) {
			show(null);
			return;
		}
		Job.create(Messages.bind(Messages.Details_reading, name), (IProgressMonitor monitor) -> {
			ProjectRecord record;
			try {
				record = workspace.projects().get(name);
			} catch (RuntimeException e) {
				record = null; // deleted meanwhile: the view empties
			}
			ProjectRecord read = record;
			sync.asyncExec(() -> {
				if (!body.isDisposed() && java.util.Objects.equals(name, project)) {
					show(read);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(ProjectRecord record) {
		boolean changed = shown == null || record == null || shown.id() != record.id();
		shown = record;
		boolean manages = record != null && UserRights.allows(rights, Permission.MANAGE, record.project().getName());
		boolean ready = manages && record.project().getState() != ProjectState.INITIALIZING;
		notice.setText(record == null || manages ? "" //$NON-NLS-1$
				: Messages.bind(Messages.Role_settings, record.project().getName()));
		for (var control : List.of(refreshOn, refreshHours, applyRefresh, refreshNow, addClasses, instructions,
				instructionsUrl, saveInstructions, mlAssist)) {
			control.setEnabled(ready);
		}
		if (record == null) {
			facts.setText(Messages.Details_none);
			classes.setText(""); //$NON-NLS-1$
			lastRefresh.setText(""); //$NON-NLS-1$
			resize();
			return;
		}
		Project p = record.project();
		facts.setText(facts(p));
		classes.setText(String.join("\n", p.getLabelClasses().stream().map(DetailsPart::keyed).toList())); //$NON-NLS-1$
		refreshOn.setSelection(p.getRefresh() != null && p.getRefresh().isEnabled());
		if (p.getRefresh() != null) {
			refreshHours.setSelection(Math.max(1, p.getRefresh().getIntervalMinutes() / 60));
			lastRefresh.setText(p.getRefresh().getLastRefresh() == null ? Messages.Details_neverRefreshed
					: Messages.bind(Messages.Details_lastRefresh, format(p.getRefresh().getLastRefresh())));
		}
		if (changed) { // do not overwrite what the user is typing when only the counts moved
			instructions.setText(p.getInstructions() == null || p.getInstructions().getText() == null ? "" //$NON-NLS-1$
					: p.getInstructions().getText());
			instructionsUrl.setText(p.getInstructions() == null || p.getInstructions().getUrl() == null ? "" //$NON-NLS-1$
					: p.getInstructions().getUrl());
		}
		mlAssist.setSelection(p.getMlAssist() != null && p.getMlAssist().isEnabled());
		mlSettings.setText(p.getMlAssist() == null ? "" //$NON-NLS-1$
				: Messages.bind(Messages.Details_mlSettings, new Object[] { p.getMlAssist().getMinLabelsForTraining(),
						p.getMlAssist().getTargetPrecision(), p.getMlAssist().getDevice().getName() }));
		resize();
	}

	private String facts(Project p) {
		String source = p.getDataset() != null && p.getDataset().getDataSource() instanceof LocalFolderSource folder
				? folder.getPath() : ""; //$NON-NLS-1$
		return Messages.bind(Messages.Details_facts, new Object[] { p.getName(), p.getTaskType(), p.getState().getName(),
				format(p.getCreatedAt()), p.getDataset() == null ? "" : p.getDataset().getName(), //$NON-NLS-1$
				p.getDataset() == null ? "" : p.getDataset().getKind().getName(), source, //$NON-NLS-1$
				workspace.location(), p.getItemLimit() });
	}

	private static String keyed(LabelClass label) {
		return (label.getKey() > 0 ? label.getKey() + "  " : "    ") + label.getName(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String format(java.util.Date date) {
		return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT).format(date); //$NON-NLS-1$
	}

	private void saveRefresh() {
		String name = project;
		Duration interval = refreshOn.getSelection() ? Duration.ofHours(refreshHours.getSelection()) : null;
		jobs.run(Messages.bind(Messages.Details_savingRefresh, name),
				p -> workspace.projects().setRefresh(name, interval));
	}

	private void refreshNow() {
		String name = project;
		jobs.run(Messages.bind(Messages.RefreshData_job, name), p -> workspace.projects().refresh(name, p));
	}

	private void addClasses() {
		String name = project;
		List<String> existing = shown.project().getLabelClasses().stream().map(LabelClass::getName).toList();
		AddClassesDialog dialog = new AddClassesDialog(body.getShell(), name, existing);
		if (dialog.open() == Window.OK) {
			jobs.run(Messages.bind(Messages.AddClasses_job, name),
					p -> workspace.projects().addLabels(name, dialog.labels(), dialog.mode()));
		}
	}

	private void saveInstructions() {
		String name = project;
		String url = instructionsUrl.getText().isBlank() ? null : instructionsUrl.getText().strip();
		String text = url != null || instructions.getText().isBlank() ? null : instructions.getText();
		jobs.run(Messages.bind(Messages.Details_savingInstructions, name),
				p -> workspace.projects().setInstructions(name, text, url), () -> shown = null);
	}

	private void resize() {
		body.layout(true, true);
		scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
	}

	@Focus
	void focus() {
		body.setFocus();
	}
}
