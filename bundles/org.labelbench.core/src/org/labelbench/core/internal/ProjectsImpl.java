package org.labelbench.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.labelbench.core.Datastore;
import org.labelbench.core.Datastore.ItemSink;
import org.labelbench.core.Initialization;
import org.labelbench.core.LabelMode;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Permission;
import org.labelbench.core.Projects;
import org.labelbench.core.RefreshResult;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.Dataset;
import org.labelbench.model.LabelClass;
import org.labelbench.model.MlRun;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.AddedItems;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.NewItem;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.Store;

final class ProjectsImpl implements Projects {

	private final Store store;
	private final TaskTypeRegistry taskTypes;
	private final DataSources sources;
	private final DatasetsImpl datasets;

	private final AccessImpl access;

	ProjectsImpl(Store store, TaskTypeRegistry taskTypes, DataSources sources, DatasetsImpl datasets,
			AccessImpl access) {
		this.access = access;
		this.store = store;
		this.taskTypes = taskTypes;
		this.sources = sources;
		this.datasets = datasets;
	}

	@Override
	public Initialization create(ProjectSpec request, IProgressMonitor monitor) {
		access.requireAdmin("create projects");
		TaskType type = taskTypes.require(request.taskType());
		ProjectSpec spec = request.uploadTo() == null ? request : upload(request, type, monitor);
		Project definition = ProjectDefinitions.define(spec, type, dataset(spec));
		Datastore reader = sources.reader(definition.getDataset());
		reader.check(definition.getDataset(), type.dataKind());
		if (store.projects().nameUsed(definition.getName())) {
			throw new InvalidInputException("project name '" + definition.getName() + "' is already used");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Initializing " + definition.getName(),
				IProgressMonitor.UNKNOWN);
		ProjectRecord record = store.projects().create(definition);
		try {
			LimitedSink sink;
			ItemCounts counts;
			try (ItemWriter writer = store.items().writer(record.id())) {
				sink = new LimitedSink(writer, definition.getItemLimit());
				reader.scan(definition.getDataset(), type.dataKind(), sink, progress);
				progress.subTask("storing " + writer.added() + " items");
				writer.commit();
				// what the writer stored, in one transaction, in a project nobody else touches while it initializes:
				// counting the rows again would read them all (a quarter of a second at 500,000 items)
				counts = writer.counts();
			}
			store.projects().setState(record.id(), ProjectState.RUNNING);
			return new Initialization(status(record(definition.getName()), counts, Map.of()), sink.beyondLimit);
		} catch (IOException e) {
			store.projects().purge(record.id());
			throw new UncheckedIOException("cannot read the data of project '" + definition.getName() + "': "
					+ SortedWalk.describe(e), e);
		} catch (RuntimeException | Error e) {
			store.projects().purge(record.id()); // canceled or failed: nothing stays, the name is free again
			throw e;
		}
	}

	/** Uploads the local folder to the datastore first; a second run after a cancellation resumes the upload. */
	private ProjectSpec upload(ProjectSpec spec, TaskType type, IProgressMonitor monitor) {
		String name = ProjectDefinitions.checkName(spec.name(), "project");
		if (spec.data() == null || !java.nio.file.Files.isDirectory(spec.data())) {
			throw new InvalidInputException("an upload needs a local folder: --data FOLDER"
					+ (spec.data() == null ? "" : "; " + spec.data() + " is not one"));
		}
		if (store.projects().nameUsed(name)) {
			throw new InvalidInputException("project name '" + name + "' is already used");
		}
		Datastore datastore = sources.writer(spec.uploadTo());
		try {
			return spec.uploaded(datastore.upload(spec.data().toAbsolutePath().normalize(), type.dataKind(),
					spec.uploadTo(), "Labeling/upload/" + DatastorePaths.safeName(name) + "/", monitor));
		} catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}

	private Dataset dataset(ProjectSpec spec) {
		if (spec.dataset() != null && (spec.data() != null || spec.dataLocation() != null)) {
			throw new InvalidInputException("give --data or --dataset, not both");
		}
		if (spec.dataLocation() != null) {
			return sources.define(spec.name(), spec.dataLocation(), spec.textColumn());
		}
		if (spec.dataset() == null) {
			return DatasetsImpl.define(spec.name(), spec.data(), spec.textColumn());
		}
		Dataset dataset = EcoreUtil.copy(datasets.get(spec.dataset()));
		if (spec.textColumn() != null) {
			dataset.setTextColumn(spec.textColumn());
		}
		return dataset;
	}

	/** Passes items to the writer up to the project's limit and counts the rest. */
	private static final class LimitedSink implements ItemSink {
		private final ItemWriter writer;
		private final long limit;
		long beyondLimit;

		LimitedSink(ItemWriter writer, long limit) {
			this.writer = writer;
			this.limit = limit;
		}

		private boolean room() {
			if (writer.added() < limit) {
				return true;
			}
			beyondLimit++;
			return false;
		}

		@Override
		public void item(String location) {
			if (room()) {
				writer.add(location);
			}
		}

		@Override
		public void textItem(String location, String text) {
			if (room()) {
				writer.add(location, text);
			}
		}

		@Override
		public void error(String location, String reason) {
			if (room()) {
				writer.addError(location, reason);
			}
		}
	}

	@Override
	public List<ProjectStatus> list() {
		boolean admin = access.isAdmin();
		java.util.Set<Long> mine = admin ? java.util.Set.of() : store.members().projectsOf(access.user());
		return store.projects().list().stream().filter(p -> admin || mine.contains(p.id())).map(this::status).toList();
	}

	@Override
	public List<MlRun> mlRuns(String name) {
		access.require(Permission.VIEW, name, "see");
		long id = store.projects().findRef(name)
				.orElseThrow(() -> new InvalidInputException("project '" + name + "' does not exist")).id();
		return store.mlRuns().list(id);
	}

	@Override
	public ProjectStatus status(String name) {
		return status(get(name));
	}

	@Override
	public ProjectRecord get(String name) {
		access.require(Permission.VIEW, name, "see");
		return record(name);
	}

	/** @return the project, without checking who asks: for callers that checked */
	ProjectRecord record(String name) {
		return store.projects().find(name)
				.orElseThrow(() -> new InvalidInputException("project '" + name + "' does not exist"));
	}

	@Override
	public ProjectStatus run(String name) {
		access.require(Permission.MANAGE, name, "run");
		return changeState(name, ProjectState.RUNNING);
	}

	@Override
	public ProjectStatus pause(String name) {
		access.require(Permission.MANAGE, name, "pause");
		return changeState(name, ProjectState.PAUSED);
	}

	private ProjectStatus changeState(String name, ProjectState target) {
		ProjectRecord record = initialized(name);
		store.projects().setState(record.id(), target);
		record.project().setState(target);
		return status(record);
	}

	/** @return the project, which must have finished initializing */
	private ProjectRecord initialized(String name) {
		ProjectRecord record = record(name);
		if (record.project().getState() == ProjectState.INITIALIZING) {
			throw new InvalidInputException("project '" + name + "' is still initializing");
		}
		return record;
	}

	@Override
	public void delete(String name) {
		access.require(Permission.MANAGE, name, "delete");
		store.projects().delete(record(name).id());
	}

	@Override
	public ProjectStatus addLabels(String name, List<String> labels, LabelMode mode) {
		access.require(Permission.MANAGE, name, "change the classes of");
		ProjectRecord record = initialized(name);
		List<String> checked = ProjectDefinitions.checkLabels(labels);
		ProjectState prior = record.project().getState();
		store.projects().setState(record.id(), ProjectState.PAUSED); // no task is handed out while classes change
		try {
			ProjectDefinitions.addClasses(record.project(), checked);
			record.project().setState(ProjectState.PAUSED);
			store.projects().update(record);
			switch (mode) {
				case RESTART_CLEAR -> store.items().requeueAll(record.id(), false);
				case RESTART_KEEP -> store.items().requeueAll(record.id(), true);
				case CONTINUE -> {
					// labels stay; the new classes are offered from the next task on
				}
			}
		} finally {
			store.projects().setState(record.id(), prior);
		}
		return status(name);
	}

	@Override
	public ProjectStatus setInstructions(String name, String text, String url) {
		access.require(Permission.MANAGE, name, "change the instructions of");
		ProjectRecord record = record(name);
		record.project().setInstructions(ProjectDefinitions.instructions(text, url));
		store.projects().update(record);
		return status(name);
	}

	@Override
	public ProjectStatus setRefresh(String name, Duration interval) {
		access.require(Permission.MANAGE, name, "change the refresh of");
		ProjectRecord record = record(name);
		if (interval != null && (interval.isNegative() || interval.toMinutes() < 1)) {
			throw new InvalidInputException("a refresh interval must be at least one minute, not " + interval);
		}
		record.project().getRefresh().setEnabled(interval != null);
		if (interval != null) {
			record.project().getRefresh().setIntervalMinutes((int) Math.min(Integer.MAX_VALUE, interval.toMinutes()));
		}
		store.projects().update(record);
		return status(name);
	}

	@Override
	public ProjectStatus setMlAssist(String name, boolean enabled) {
		access.require(Permission.MANAGE, name, "change the ML assistance of");
		ProjectRecord record = record(name);
		if (record.project().getMlAssist() == null) {
			record.project().setMlAssist(org.labelbench.model.LabelbenchFactory.eINSTANCE.createMlAssistSettings());
		}
		record.project().getMlAssist().setEnabled(enabled);
		store.projects().update(record);
		return status(name);
	}

	@Override
	public RefreshResult refresh(String name, IProgressMonitor monitor) {
		access.require(Permission.MANAGE, name, "refresh");
		ProjectRecord record = initialized(name);
		Project project = record.project();
		TaskType type = taskTypes.require(project.getTaskType());
		Datastore reader = sources.reader(project.getDataset());
		AddedItems added = store.items().addNew(record.id(), sink -> reader.scan(project.getDataset(),
				type.dataKind(), new NewItemSink(sink), SubMonitor.convert(monitor, "Refreshing " + name,
						IProgressMonitor.UNKNOWN)),
				project.getItemLimit());
		recordRefresh(name);
		return new RefreshResult(name, added.added(), added.beyondLimit());
	}

	/** Notes the refresh's time in the latest definition; a change made meanwhile (new classes) is read again. */
	private void recordRefresh(String name) {
		for (int attempt = 1;; attempt++) {
			ProjectRecord latest = record(name);
			latest.project().getRefresh().setLastRefresh(new Date());
			try {
				store.projects().update(latest);
				return;
			} catch (org.labelbench.store.ConcurrentChangeException e) {
				if (attempt == 3) {
					throw e;
				}
			}
		}
	}

	/** Turns what a scan finds into candidates for a refresh. */
	private record NewItemSink(java.util.function.Consumer<NewItem> sink) implements ItemSink {
		@Override
		public void item(String location) {
			sink.accept(new NewItem(location, null, null));
		}

		@Override
		public void textItem(String location, String text) {
			sink.accept(new NewItem(location, text, null));
		}

		@Override
		public void error(String location, String reason) {
			sink.accept(new NewItem(location, null, reason));
		}
	}

	@Override
	public List<RefreshResult> refreshDue(IProgressMonitor monitor) {
		List<RefreshResult> results = new ArrayList<>();
		if (!access.isAdmin()) {
			return results; // refreshes are the administrators' to run
		}
		Instant now = Instant.now();
		for (ProjectRecord record : store.projects().list()) {
			var refresh = record.project().getRefresh();
			if (record.project().getState() == ProjectState.INITIALIZING || refresh == null || !refresh.isEnabled()) {
				continue;
			}
			Date last = refresh.getLastRefresh();
			if (last != null && last.toInstant().plus(Duration.ofMinutes(refresh.getIntervalMinutes())).isAfter(now)) {
				continue;
			}
			try {
				results.add(refresh(record.project().getName(), monitor));
			} catch (OperationCanceledException e) {
				throw e;
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("Refresh of project " + record.project().getName() + " failed", e);
			}
		}
		return results;
	}

	private ProjectStatus status(ProjectRecord record) {
		// while a project initializes its item table is being bulk-loaded: it is not read until the load commits
		boolean initializing = record.project().getState() == ProjectState.INITIALIZING;
		return status(record, initializing ? new ItemCounts(0, 0, 0, 0, 0, 0, 0) : store.items().counts(record.id()),
				store.items().labelCounts(record.id()));
	}

	/** @param stored the number of current labels of each class name */
	private static ProjectStatus status(ProjectRecord record, ItemCounts counts, Map<String, Long> stored) {
		Project project = record.project();
		Map<String, Long> labels = new LinkedHashMap<>();
		for (LabelClass labelClass : project.getLabelClasses()) {
			labels.put(labelClass.getName(), stored.getOrDefault(labelClass.getName(), 0L));
		}
		stored.forEach(labels::putIfAbsent); // labels of classes removed since stay visible
		return new ProjectStatus(record.id(), project.getName(), project.getTaskType(), project.getState(),
				project.getCreatedAt(), counts, labels,
				project.getRefresh() == null ? null : project.getRefresh().getLastRefresh());
	}
}
