package org.labelbench.ui.internal.labeling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Labeling;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.model.DataKind;
import org.labelbench.model.Submission;
import org.labelbench.store.ItemRecord;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskItem;
import org.labelbench.ui.internal.ItemImages;

/**
 * Claims a labeler's tasks and loads their content in the background, one task ahead: while the labeler works on a
 * task, the next is already claimed and loaded, so that the next item shows at once after a submit.
 */
final class TaskFeeder {

	/** the largest picture of an item alone in its task, and of an item in a grid */
	private static final int PREVIEW = 1600;
	private static final int TILE = 800;

	private final Workspace workspace;
	private final ItemImages images;
	private final String project;
	private final long projectId;
	private final DataKind kind;
	private final String labeler;
	private CompletableFuture<LabelingTask> next;

	TaskFeeder(Workspace workspace, ItemImages images, ProjectStatus project, DataKind kind, String labeler) {
		this.workspace = workspace;
		this.images = images;
		this.project = project.name();
		this.projectId = project.id();
		this.kind = kind;
		this.labeler = labeler;
	}

	/** @return the next task, claimed and loaded in the background; an empty task when the queue is empty */
	synchronized CompletableFuture<LabelingTask> take(int size) {
		CompletableFuture<LabelingTask> task = next != null ? next.thenCompose(loaded -> topUp(loaded, size))
				: load(size);
		next = null;
		task.thenRun(() -> prefetch(size));
		return task;
	}

	/** @return the task with more items claimed when the labeler asked for a bigger grid since it was loaded */
	private CompletableFuture<LabelingTask> topUp(LabelingTask loaded, int size) {
		int missing = size - loaded.items().size();
		if (missing <= 0 || loaded.items().isEmpty()) {
			return CompletableFuture.completedFuture(loaded);
		}
		return load(missing).thenApply(more -> {
			List<TaskItem> items = new ArrayList<>(loaded.items());
			items.addAll(more.items());
			return new LabelingTask(project, items);
		});
	}

	private synchronized void prefetch(int size) {
		if (next == null) {
			next = load(size);
		}
	}

	private CompletableFuture<LabelingTask> load(int size) {
		CompletableFuture<LabelingTask> result = new CompletableFuture<>();
		Job job = Job.create("Loading the next task of " + project, (IProgressMonitor monitor) -> { //$NON-NLS-1$
			try {
				int picture = size == 1 ? PREVIEW : TILE;
				List<TaskItem> items = new ArrayList<>();
				while (items.size() < size) {
					List<ItemRecord> claimed = workspace.labeling().claimTask(project, labeler, size - items.size(),
							Labeling.DEFAULT_LEASE);
					if (claimed.isEmpty()) {
						break;
					}
					for (ItemRecord item : claimed) {
						content(item, picture).ifPresent(items::add);
					}
				}
				result.complete(new LabelingTask(project, items));
			} catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return result;
	}

	/**
	 * @return the item with its content; empty for an image that cannot be decoded, which leaves the queue as an item
	 *         error with the reason (shown in the Data Review) while labeling goes on with the next item
	 */
	private java.util.Optional<TaskItem> content(ItemRecord item, int picture) {
		var defaults = workspace.store().items().defaultSubmission(projectId, item.id()).map(Submission::getAnnotations)
				.map(a -> List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(a))).orElse(List.of());
		if (kind == DataKind.TEXT) {
			return java.util.Optional.of(new TaskItem(item, workspace.store().items().text(projectId, item.id())
					.orElse(""), null, null, defaults)); //$NON-NLS-1$
		}
		try {
			return java.util.Optional.of(new TaskItem(item, null,
					images.picture(project, item.location(), picture, picture), null, defaults));
		} catch (java.io.IOException e) {
			workspace.store().items().markError(projectId, item.id(), e.getMessage());
			return java.util.Optional.empty();
		}
	}
}
