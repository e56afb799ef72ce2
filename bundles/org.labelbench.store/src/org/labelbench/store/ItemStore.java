package org.labelbench.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;

/** The items of the projects in a database, read and written as rows; each project's items have a table. */
public interface ItemStore {

	/** @return a writer that loads the items of a new project in one pass */
	ItemWriter writer(long projectId);

	/**
	 * Adds the items whose location the project does not have yet; safe when several refreshes run at once.
	 *
	 * @param limit the most items the project may have
	 * @return how many items were added, and how many new ones were left out at the limit
	 * @throws java.io.UncheckedIOException when the source fails; nothing is added then
	 */
	AddedItems addNew(long projectId, NewItemSource items, long limit);

	/** @return the number of items in each state */
	ItemCounts counts(long projectId);

	/**
	 * @return the number of labeled items, as {@link #counts(long)} gives it, read from the labeled part of the queue
	 *         index alone: the work grows with the labels, not with the project (a check after each submission
	 *         reads this; counting all the states reads every item)
	 */
	long labeledCount(long projectId);

	/** @return the number of current labels of each class name (classes without labels are absent) */
	Map<String, Long> labelCounts(long projectId);

	/**
	 * @param since null for all time
	 * @return the number of items whose current labels a labeler submitted, at or after {@code since}
	 */
	long labeledBy(long projectId, String labeler, java.time.Instant since);

	/**
	 * Hands a task of up to {@code size} queued items to a labeler, in the project's queue order: they move to
	 * {@link ItemState#IN_TASK}. No item is handed out twice, also not to concurrent callers in other processes.
	 * Items claimed longer than {@code lease} ago and not submitted return to the queue first.
	 *
	 * @return the claimed items, none when the queue is empty
	 */
	List<ItemRecord> claimTask(long projectId, String labeler, int size, Duration lease);

	/**
	 * Puts queued items at the head of the queue in the order given, so that the next tasks serve them one after the
	 * other (look-alikes grouped by ML assistance, say). Claimed, labeled and broken items keep their place; the other
	 * queued items come after the ones given, in their random order. Claims stay as fast: only the queue keys change.
	 *
	 * @return how many items moved
	 */
	long putFirstInQueue(long projectId, long[] itemIds);

	/** @return one item */
	Optional<ItemRecord> find(long projectId, long itemId);

	/** @return the item at this location (a path, or a CSV record number) */
	Optional<ItemRecord> findByLocation(long projectId, String location);

	/** @return the text of a text item that came from a CSV row, or empty */
	Optional<String> text(long projectId, long itemId);

	/** @return up to {@code limit} items in a state with ids above {@code afterId}, by id (paging without offsets) */
	List<ItemRecord> page(long projectId, ItemState state, long afterId, int limit);

	/** @return up to {@code limit} items of every state with ids above {@code afterId}, by id */
	List<ItemRecord> page(long projectId, long afterId, int limit);

	/**
	 * Takes an item that cannot be shown out of the queue: an unlabeled or claimed item moves to
	 * {@link ItemState#ERROR} with the reason. Labeled items and items already in error are left as they are.
	 *
	 * @return whether the item changed
	 */
	boolean markError(long projectId, long itemId, String reason);

	/**
	 * Returns an item in {@link ItemState#ERROR} to the queue, for one that can be shown after all.
	 *
	 * @return whether the item changed
	 */
	boolean clearError(long projectId, long itemId);

	/**
	 * Pages items as a reviewer filters them: by state, and by what last returned them to the queue.
	 *
	 * @param state the state of the items, or null for every state
	 * @param lastEvent only items whose last event was this (a skip, a reject), or null for any
	 * @return up to {@code limit} items with ids above {@code afterId}, by id (paging without offsets)
	 */
	List<ItemRecord> page(long projectId, ItemState state, ItemEventKind lastEvent, long afterId, int limit);

	/**
	 * Stores a submission as the item's labels, replacing earlier ones, and marks the item labeled. Durable when this
	 * returns.
	 *
	 * @param classes the class names the submission's annotations use, for label counts and review filters
	 */
	void submit(long projectId, Submission submission, List<String> classes, SubmissionSource source);

	/**
	 * Stores many submissions in one transaction, for imports: all or none. Each replaces the item's earlier labels.
	 *
	 * @param asDefaults store them as defaults shown to labelers (prelabels to review), the items staying in the queue;
	 *        otherwise as the items' labels
	 * @return how many were stored
	 */
	long submitAll(long projectId, Iterable<PendingSubmission> submissions, SubmissionSource source,
			boolean asDefaults);

	/** @return the item's current labels, if it has any */
	Optional<Submission> currentSubmission(long projectId, long itemId);

	/** @return labels kept as defaults for an item put back in the queue ({@code restart-keep}), if any */
	Optional<Submission> defaultSubmission(long projectId, long itemId);

	/** Returns an item to the queue, recording who skipped it. */
	void skip(long projectId, long itemId, String labeler);

	/** Removes an item's labels and returns it to the queue, recording who rejected it and why. */
	void reject(long projectId, long itemId, String reviewer, String reason);

	/**
	 * Reads a consistent snapshot of a project's labeled items, streaming, in item id order: labels submitted while the
	 * export runs are not mixed in. Labelers are held up only while the snapshot is taken, not while it is read.
	 *
	 * @param includeDefaults also the labels kept as defaults after a restart
	 */
	void forEachLabeled(long projectId, boolean includeDefaults, java.util.function.Consumer<LabeledItem> consumer);

	/** Streams every item of a project in id order, with its size when known; for exports of unlabeled items too. */
	void forEachItem(long projectId, java.util.function.Consumer<ItemRecord> consumer);

	/** Records an image's size, read when its shapes were checked, for exports. */
	void setImageSize(long projectId, long itemId, int width, int height);

	/** @return the image size recorded for an item, or empty */
	Optional<int[]> imageSize(long projectId, long itemId);

	/** @return labeled items matching the filter, by item id after {@code afterItemId} */
	List<ReviewEntry> labeled(long projectId, ReviewFilter filter, long afterItemId, int limit);

	/**
	 * Puts every labeled or claimed item back in the queue.
	 *
	 * @param keepAsDefaults keep the labels as defaults shown to labelers; otherwise they are removed
	 */
	void requeueAll(long projectId, boolean keepAsDefaults);

	/**
	 * Assigns items to a labeler (null: to nobody). Assigned items are served to that labeler before any other work
	 * and never to anyone else; a queued item changes hands at once, one in a task or labeled when it returns to the
	 * queue. Items in error are left as they are.
	 *
	 * @return how many items were assigned
	 */
	long assign(long projectId, List<Long> itemIds, String assignee);

	/**
	 * Assigns the next {@code count} unassigned queued items, in queue order, to a labeler; fewer when the unassigned
	 * queue is shorter. Runs in several transactions.
	 *
	 * @return how many were assigned
	 */
	long assignQueued(long projectId, String assignee, long count);

	/** @return the number of queued items waiting for each assignee */
	Map<String, Long> assignedCounts(long projectId);

	/** @return the number of queued items assigned to nobody, which any labeler may be served */
	long unassignedQueued(long projectId);

	/** @return who an item is assigned to, if anyone */
	Optional<String> assignee(long projectId, long itemId);
}
