package org.labelbench.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Projects;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.Store;

final class ProjectsImpl implements Projects {

	private final Store store;
	private final TaskTypeRegistry taskTypes;

	ProjectsImpl(Store store, TaskTypeRegistry taskTypes) {
		this.store = store;
		this.taskTypes = taskTypes;
	}

	@Override
	public ProjectStatus create(ProjectSpec spec, IProgressMonitor monitor) {
		TaskType type = taskTypes.require(spec.taskType());
		Project definition = ProjectDefinitions.define(spec, type);
		if (store.projects().nameUsed(definition.getName())) {
			throw new InvalidInputException("project name '" + definition.getName() + "' is already used");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Initializing " + definition.getName(),
				IProgressMonitor.UNKNOWN);
		ProjectRecord record = store.projects().create(definition);
		Path root = Path.of(((LocalFolderSource) definition.getDataset().getDataSource()).getPath());
		try (ItemWriter writer = store.items().writer(record.id())) {
			new FolderScanner(root, type.dataKind(), writer, progress).scan();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read data folder " + root + ": " + e.getMessage(), e);
		}
		store.projects().setState(record.id(), ProjectState.RUNNING);
		return status(record.id(), get(definition.getName()).project());
	}

	@Override
	public List<ProjectStatus> list() {
		return store.projects().list().stream().map(r -> status(r.id(), r.project())).toList();
	}

	@Override
	public ProjectStatus status(String name) {
		ProjectRecord record = get(name);
		return status(record.id(), record.project());
	}

	@Override
	public ProjectRecord get(String name) {
		return store.projects().find(name)
				.orElseThrow(() -> new InvalidInputException("project '" + name + "' does not exist"));
	}

	@Override
	public ProjectStatus run(String name) {
		return changeState(name, ProjectState.RUNNING);
	}

	@Override
	public ProjectStatus pause(String name) {
		return changeState(name, ProjectState.PAUSED);
	}

	private ProjectStatus changeState(String name, ProjectState target) {
		ProjectRecord record = get(name);
		if (record.project().getState() == ProjectState.INITIALIZING) {
			throw new InvalidInputException("project '" + name + "' is still initializing");
		}
		store.projects().setState(record.id(), target);
		record.project().setState(target);
		return status(record.id(), record.project());
	}

	private ProjectStatus status(long id, Project project) {
		ItemCounts counts = store.items().counts(id);
		Map<String, Long> stored = store.items().labelCounts(id);
		Map<String, Long> labels = new LinkedHashMap<>();
		for (LabelClass labelClass : project.getLabelClasses()) {
			labels.put(labelClass.getName(), stored.getOrDefault(labelClass.getName(), 0L));
		}
		stored.forEach(labels::putIfAbsent); // labels of classes removed since stay visible
		return new ProjectStatus(id, project.getName(), project.getTaskType(), project.getState(),
				project.getCreatedAt(), counts, labels);
	}
}
