package org.labelbench.core.internal;

import org.labelbench.core.Projects;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.core.Workspace;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

final class WorkspaceImpl implements Workspace {

	private final StoreLocation location;
	private final Store store;
	private final TaskTypeRegistry taskTypes;
	private final Projects projects;

	WorkspaceImpl(StoreLocation location, Store store, TaskTypeRegistry taskTypes) {
		this.location = location;
		this.store = store;
		this.taskTypes = taskTypes;
		this.projects = new ProjectsImpl(store, taskTypes);
	}

	@Override
	public StoreLocation location() {
		return location;
	}

	@Override
	public Projects projects() {
		return projects;
	}

	@Override
	public TaskTypeRegistry taskTypes() {
		return taskTypes;
	}

	@Override
	public Store store() {
		return store;
	}

	@Override
	public void close() {
		store.close();
	}
}
