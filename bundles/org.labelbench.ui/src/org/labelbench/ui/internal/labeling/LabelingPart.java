package org.labelbench.ui.internal.labeling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.core.Permission;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.model.Annotation;
import org.labelbench.store.InvalidInputException;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;
import org.labelbench.ui.internal.ItemImages;
import org.labelbench.ui.internal.Messages;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;
import org.labelbench.ui.internal.UserSettings;
import org.labelbench.ui.internal.Widgets;

/**
 * Where a labeler labels the selected project: the editor its task type contributes, the task's items, Submit and
 * Skip, for users whose role in the project labels (others see a one-line notice). Submitted labels are stored before
 * the next task shows; the next task is claimed and loaded while the labeler works on this one. Its keys (classes 1
 * to 9, Enter, Ctrl+K...) are active while this view is.
 */
public final class LabelingPart {

	/** The binding context of the labeling keys, active while this view is. */
	public static final String BINDINGS = "org.labelbench.ui.contexts.labeling"; //$NON-NLS-1$
	/** the file of the labeler's choices in the editors, by task type id and key */
	private static final String SETTINGS = "editors.properties"; //$NON-NLS-1$
	/** how long after a task shows the editor prepares the next one: after the paint, well before a quick submit */
	private static final int PREPARE_DELAY_MS = 60;

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	@Named(UiContext.LABELER)
	private String labeler;
	@Inject
	@Service
	private ImageDecoder decoder;

	private Composite area;
	private Label title;
	private Label message;
	private Composite editorArea;
	private TaskEditor editor;
	private TaskFeeder feeder;
	private LabelingTask task;
	private String project;
	private String taskType;
	private boolean busy;
	private EContextService contexts;
	/** the binding context of the editor's own keys, active while it is shown, or null */
	private String editorKeys;
	private UserRights rights;
	private Button skipButton;
	private Button submitButton;

	@PostConstruct
	void create(Composite parent, EContextService contexts, @Optional @Named(UiContext.SELECTED_PROJECT) String selected) {
		area = parent;
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		title = Widgets.named(new Label(parent, SWT.NONE), "labelingTitle"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		skipButton = Widgets.named(new Button(parent, SWT.PUSH), "skip"); //$NON-NLS-1$
		skipButton.setText(Messages.Labeling_skip);
		skipButton.addListener(SWT.Selection, e -> skip());
		submitButton = Widgets.named(new Button(parent, SWT.PUSH), "submit"); //$NON-NLS-1$
		submitButton.setText(Messages.Labeling_submit);
		submitButton.addListener(SWT.Selection, e -> submit());
		editorArea = new Composite(parent, SWT.NONE);
		editorArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(editorArea);
		message = Widgets.named(new Label(parent, SWT.WRAP), "labelingMessage"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(message);
		this.contexts = contexts;
		contexts.activateContext(BINDINGS);
		select(selected);
	}

	@Inject
	@Optional
	void select(@Named(UiContext.SELECTED_PROJECT) String selected) {
		if (area == null || area.isDisposed() || selected == null || selected.equals(project)) {
			return;
		}
		project = selected;
		open(selected);
	}

	/** Opens the project again when the user's role in it starts or stops allowing labeling. */
	@Inject
	@Optional
	void rightsChanged(@Named(UiContext.RIGHTS) UserRights latest) {
		boolean before = mayLabel(project);
		rights = latest;
		if (area != null && !area.isDisposed() && project != null && before != mayLabel(project)) {
			open(project);
		}
	}

	/** @return whether the user may label the project; true while the rights are not read (core checks anyway) */
	private boolean mayLabel(String name) {
		return rights == null || rights.allows(Permission.LABEL, name);
	}

	private void open(String name) {
		closeEditor();
		title.setText(name);
		skipButton.setEnabled(mayLabel(name));
		submitButton.setEnabled(mayLabel(name));
		if (!mayLabel(name)) {
			feeder = null;
			say(Messages.bind(Messages.Role_label, name, rights.roleName(name)));
			return;
		}
		message.setText(Messages.Labeling_loading);
		Job.create(Messages.bind(Messages.Labeling_opening, name), (IProgressMonitor monitor) -> {
			try {
				ProjectStatus status = workspace.projects().status(name); // counts the items: read once
				TaskType type = workspace.taskTypes().require(status.taskType());
				List<String> classes = List.copyOf(status.labels().keySet());
				TaskFeeder opened = new TaskFeeder(workspace, new ItemImages(workspace, decoder), status,
						type.dataKind(), labeler);
				sync.asyncExec(() -> start(name, type, classes, opened));
			} catch (InvalidInputException e) {
				sync.asyncExec(() -> say(e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void start(String name, TaskType type, List<String> classes, TaskFeeder opened) {
		if (area.isDisposed() || !name.equals(project)) {
			return;
		}
		java.util.Optional<TaskEditor> made = TaskEditors.create(type.id());
		if (made.isEmpty()) {
			say(Messages.bind(Messages.Labeling_noEditor, type.name()));
			return;
		}
		editor = made.get();
		taskType = type.id();
		editorKeys = TaskEditors.bindingContext(type.id()).orElse(null);
		if (editorKeys != null) {
			contexts.activateContext(editorKeys);
		}
		editor.createControl(editorArea, new EditorSite() {
			@Override
			public TaskType taskType() {
				return type;
			}

			@Override
			public List<String> classes() {
				return classes;
			}

			@Override
			public String setting(String key) {
				return UserSettings.named(SETTINGS).read().get(type.id() + '.' + key);
			}

			@Override
			public void setSetting(String key, String value) {
				UserSettings settings = UserSettings.named(SETTINGS);
				try {
					settings.put(type.id() + '.' + key, value);
				} catch (java.io.IOException e) {
					say(Messages.bind(Messages.Labeling_settingNotSaved, settings.file(), e.getMessage()));
				}
			}

			@Override
			public void labelsChanged() {
				say(TaskEditors.keyHints(type.id()));
			}
		});
		editorArea.layout(true, true);
		feeder = opened;
		next();
	}

	/** Shows the next task of a feeder, unless another project was opened meanwhile. */
	private void nextFrom(TaskFeeder from) {
		if (from == feeder) {
			next();
		}
	}

	/** Shows the next task when it is loaded. */
	private void next() {
		if (editor == null || area.isDisposed()) { // another project was opened meanwhile
			return;
		}
		String name = project;
		busy = true;
		int size = editor.taskSize();
		java.util.concurrent.CompletableFuture<LabelingTask> coming = feeder.take(size, editor.pictureSize(size));
		if (coming.isDone()) { // loaded ahead, as it should be: shown at once, not one more turn of the event loop later
			coming.whenComplete((next, failure) -> show(name, next, failure));
		} else {
			coming.whenComplete((next, failure) -> sync.asyncExec(() -> show(name, next, failure)));
		}
	}

	private void show(String name, LabelingTask next, Throwable failure) {
		busy = false;
		if (area.isDisposed() || !name.equals(project) || editor == null) {
			return;
		}
		if (failure != null) {
			Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
			say(cause.getMessage());
		} else if (next.items().isEmpty()) {
			task = null;
			editor.show(next);
			say(Messages.Labeling_done);
		} else {
			task = next;
			editor.show(next);
			editor.setFocus();
			say(TaskEditors.keyHints(taskType));
			TaskFeeder shownFrom = feeder;
			area.getDisplay().timerExec(PREPARE_DELAY_MS, () -> prepareNext(shownFrom));
		}
	}

	/**
	 * Loads the tasks ahead, and lets the editor make what it needs for the task loaded next (SWT images of its
	 * pictures) while the labeler works on this one, once this one has painted.
	 */
	private void prepareNext(TaskFeeder from) {
		if (from != feeder || editor == null || area.isDisposed()) {
			return;
		}
		from.prefetch(editor.taskSize());
		java.util.concurrent.CompletableFuture<LabelingTask> next = from.peek();
		if (next != null) {
			next.thenAccept(loaded -> sync.asyncExec(() -> {
				if (from == feeder && editor != null && !area.isDisposed() && !loaded.items().isEmpty()) {
					editor.prepare(loaded);
				}
			}));
		}
	}

	/** Stores the task's labels, then shows the next task. */
	void submit() {
		if (task == null || busy) {
			return;
		}
		List<List<Annotation>> labels = editor.labels();
		LabelingTask submitted = task;
		TaskFeeder from = feeder;
		busy = true;
		Job.create(Messages.Labeling_saving, (IProgressMonitor monitor) -> {
			try {
				for (int i = 0; i < submitted.items().size(); i++) {
					TaskItem item = submitted.items().get(i);
					workspace.labeling().submit(submitted.project(), item.item().location(),
							new ArrayList<>(labels.get(i)), labeler);
				}
				sync.asyncExec(() -> nextFrom(from));
			} catch (InvalidInputException e) {
				sync.asyncExec(() -> {
					busy = false;
					say(e.getMessage());
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Returns the task's items to the queue, recording the skip, then shows the next task. */
	void skip() {
		if (task == null || busy) {
			return;
		}
		LabelingTask skipped = task;
		TaskFeeder from = feeder;
		busy = true;
		Job.create(Messages.Labeling_skipping, (IProgressMonitor monitor) -> {
			try {
				for (TaskItem item : skipped.items()) {
					workspace.labeling().skip(skipped.project(), item.item().location(), labeler);
				}
				sync.asyncExec(() -> nextFrom(from));
			} catch (InvalidInputException e) {
				sync.asyncExec(() -> {
					busy = false;
					say(e.getMessage());
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Passes a labeling command's action to the editor. */
	void run(EditorAction action, int argument) {
		if (editor != null && task != null) {
			editor.run(action, argument);
		}
	}

	private void say(String text) {
		String said = text == null ? "" : text; //$NON-NLS-1$
		if (!message.isDisposed() && !said.equals(message.getText())) { // the same hints after every submit: no layout
			message.setText(said);
			message.getParent().layout(true);
		}
	}

	private void closeEditor() {
		if (editor != null) {
			editor.dispose();
			editor = null;
		}
		if (editorKeys != null) {
			contexts.deactivateContext(editorKeys);
			editorKeys = null;
		}
		for (var child : editorArea.getChildren()) {
			child.dispose();
		}
		task = null;
	}

	@Focus
	void focus() {
		if (editor != null) {
			editor.setFocus();
		} else {
			area.setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		if (editor != null) {
			editor.dispose();
		}
	}
}
