package org.labelbench.core.internal;

import org.labelbench.core.Access;
import org.labelbench.core.Assignments;
import org.labelbench.core.Datasets;
import org.labelbench.core.Members;
import org.labelbench.core.Exports;
import org.labelbench.core.Labeling;
import org.labelbench.core.Projects;
import org.labelbench.core.Review;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.core.Verification;
import org.labelbench.core.Workspace;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

final class WorkspaceImpl implements Workspace {

	private final StoreLocation location;
	private final Store store;
	private final TaskTypeRegistry taskTypes;
	private final ProjectsImpl projects;
	private final DatasetsImpl datasets;
	private final LabelingImpl labeling;
	private final ReviewImpl review;
	private final ExportsImpl exports;
	private final VerificationImpl verification;
	private final AccessImpl access;
	private final MembersImpl members;
	private final AssignmentsImpl assignments;

	WorkspaceImpl(StoreLocation location, Store store, TaskTypeRegistry taskTypes, DataSources sources,
			ExportFormats formats) {
		this.location = location;
		this.store = store;
		this.taskTypes = taskTypes;
		this.access = new AccessImpl(store);
		this.datasets = new DatasetsImpl(store, sources, access);
		this.projects = new ProjectsImpl(store, taskTypes, sources, datasets, access);
		this.labeling = new LabelingImpl(store, projects, taskTypes, sources, access);
		this.review = new ReviewImpl(store, projects, sources, access);
		this.exports = new ExportsImpl(store, projects, taskTypes, sources, formats, access);
		this.verification = new VerificationImpl(store, projects, taskTypes, sources, access);
		this.members = new MembersImpl(store, access);
		this.assignments = new AssignmentsImpl(store, access);
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
	public Datasets datasets() {
		return datasets;
	}

	@Override
	public Labeling labeling() {
		return labeling;
	}

	@Override
	public Review review() {
		return review;
	}

	@Override
	public Exports exports() {
		return exports;
	}

	@Override
	public Access access() {
		return access;
	}

	@Override
	public Members members() {
		return members;
	}

	@Override
	public Assignments assignments() {
		return assignments;
	}

	@Override
	public Verification verification() {
		return verification;
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
