package org.labelbench.ui.internal.labeling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
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
 * Claims a labeler's tasks and loads their content in the background, two tasks ahead and both at once (a core each):
 * while the labeler works on a task, the next ones are already claimed and decoded, so that the next item shows at
 * once after a submit even when decoding a photo takes longer than looking at one.
 */
final class TaskFeeder {

	/** the size the editor shows pictures at, which they are rendered to fit: they paint without scaling */
	private volatile Point pictureSize = new Point(1600, 1600);

	private final Workspace workspace;
	private final ItemImages images;
	private final String project;
	private final long projectId;
	private final DataKind kind;
	private final String labeler;
	/** how many tasks are claimed and loaded ahead of the one shown */
	private static final int AHEAD = 2;
	private final java.util.Deque<CompletableFuture<LabelingTask>> ahead = new java.util.ArrayDeque<>();

	TaskFeeder(Workspace workspace, ItemImages images, ProjectStatus project, DataKind kind, String labeler) {
		this.workspace = workspace;
		this.images = images;
		this.project = project.name();
		this.projectId = project.id();
		this.kind = kind;
		this.labeler = labeler;
	}

	/**
	 * @return the next task of {@code size} items, loaded ahead or else claimed and loaded in the background; fewer
	 *         when the queue has no more, an empty task when it is empty
	 */
	synchronized CompletableFuture<LabelingTask> take(int size, Point picture) {
		pictureSize = picture;
		CompletableFuture<LabelingTask> first = ahead.poll();
		CompletableFuture<LabelingTask> task = first == null ? load(size)
				: first.thenCompose(loaded -> resize(loaded.items(), size));
		return task;
	}

	/** @return the task that {@link #take} gives next if the size stays, loaded or loading; null if none is ahead */
	synchronized CompletableFuture<LabelingTask> peek() {
		return ahead.peek();
	}

	/**
	 * Makes a task of the size the labeler asks for now out of what was loaded ahead for the size asked before: the
	 * items of the tasks loaded next come first, then new claims; items beyond the size wait for the next task.
	 */
	private CompletableFuture<LabelingTask> resize(List<TaskItem> items, int size) {
		if (items.size() > size) {
			synchronized (this) {
				ahead.addFirst(CompletableFuture.completedFuture(new LabelingTask(project,
						items.subList(size, items.size()))));
			}
			return CompletableFuture.completedFuture(new LabelingTask(project, items.subList(0, size)));
		}
		if (items.size() == size) {
			return CompletableFuture.completedFuture(new LabelingTask(project, items));
		}
		CompletableFuture<LabelingTask> next;
		synchronized (this) {
			next = ahead.poll();
		}
		if (next == null) { // nothing more loaded ahead: claim what is missing
			return load(size - items.size()).thenApply(claimed -> merge(items, claimed));
		}
		return next.thenCompose(loaded -> loaded.items().isEmpty()
				// loaded when the queue was empty, which may no longer be so (expired leases, rejected labels)
				? load(size - items.size()).thenApply(claimed -> merge(items, claimed))
				: resize(merge(items, loaded).items(), size));
	}

	private LabelingTask merge(List<TaskItem> items, LabelingTask more) {
		List<TaskItem> merged = new ArrayList<>(items);
		merged.addAll(more.items());
		return new LabelingTask(project, merged);
	}

	/**
	 * Claims and loads tasks ahead until two are. The view asks once a task has painted: loading starts a photo's
	 * decoding, which would otherwise compete with the paint for the cores.
	 */
	synchronized void prefetch(int size) {
		while (ahead.size() < AHEAD) {
			ahead.add(load(size));
		}
	}

	private CompletableFuture<LabelingTask> load(int size) {
		CompletableFuture<LabelingTask> result = new CompletableFuture<>();
		Job job = Job.create("Loading the next task of " + project, (IProgressMonitor monitor) -> { //$NON-NLS-1$
			try {
				Point picture = pictureSize;
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
			} catch (RuntimeException | LinkageError e) { // said in the Task view, which must not wait forever
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
	private java.util.Optional<TaskItem> content(ItemRecord item, Point picture) {
		var defaults = workspace.store().items().defaultSubmission(projectId, item.id()).map(Submission::getAnnotations)
				.map(a -> List.copyOf(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(a))).orElse(List.of());
		if (kind == DataKind.TEXT) {
			return java.util.Optional.of(new TaskItem(item, workspace.store().items().text(projectId, item.id())
					.orElse(""), null, null, defaults)); //$NON-NLS-1$
		}
		try {
			return java.util.Optional.of(new TaskItem(item, null,
					images.picture(project, item.location(), picture.x, picture.y), null, defaults));
		} catch (java.io.IOException e) {
			workspace.store().items().markError(projectId, item.id(), e.getMessage());
			return java.util.Optional.empty();
		}
	}
}
