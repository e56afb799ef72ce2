package org.labelbench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.labelbench.core.Permission;
import org.labelbench.core.Review;
import org.labelbench.model.Dataset;
import org.labelbench.model.ItemState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;
import org.labelbench.store.Store;

final class ReviewImpl implements Review {

	private final Store store;
	private final ProjectsImpl projects;
	private final DataSources sources;

	private final AccessImpl access;

	ReviewImpl(Store store, ProjectsImpl projects, DataSources sources, AccessImpl access) {
		this.access = access;
		this.store = store;
		this.projects = projects;
		this.sources = sources;
	}

	@Override
	public List<ReviewEntry> list(String project, ReviewFilter filter, long afterItemId, int limit) {
		access.require(Permission.REVIEW, project, "review");
		return store.items().labeled(projects.get(project).id(), filter, afterItemId, limit);
	}

	@Override
	public void reject(String project, String item, String reviewer, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("a rejection needs a reason, for the labeler");
		}
		access.require(Permission.REVIEW, project, "reject labels of");
		access.requireSelf(reviewer, project);
		ProjectRecord record = projects.get(project);
		ItemRecord target = LabelingImpl.item(store, record, item);
		if (target.state() != ItemState.LABELED) {
			throw new InvalidInputException("item '" + item + "' is not labeled, it is " + target.state().getLiteral());
		}
		store.items().reject(record.id(), target.id(), reviewer, reason.strip());
	}

	@Override
	public InputStream open(String project, String item) throws IOException {
		Dataset dataset = projects.get(project).project().getDataset();
		return sources.reader(dataset).open(dataset, item);
	}
}
