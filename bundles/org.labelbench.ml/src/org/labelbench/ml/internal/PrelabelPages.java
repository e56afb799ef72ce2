package org.labelbench.ml.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.model.ItemState;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;

/**
 * The paging of every prelabeling: the unlabeled items of a project page by page, without those whose default labels
 * a person kept, handed to a predictor whose prelabels are stored as the items' defaults, page after page, until the
 * last page or a cancellation.
 */
final class PrelabelPages {

	private static final int PAGE = 256;

	/** Predicts the items of one page. */
	@FunctionalInterface
	interface Page {
		/**
		 * @param open the items of the page that may be prelabeled
		 * @param monitor this page's share of the progress
		 * @return the prelabels to store
		 */
		List<PendingSubmission> prelabels(List<ItemRecord> open, IProgressMonitor monitor);
	}

	private PrelabelPages() {
	}

	/** @throws OperationCanceledException when canceled, the pages before stored */
	static void run(Workspace workspace, ProjectRecord record, IProgressMonitor monitor, Page page) {
		ItemStore items = workspace.store().items();
		long unlabeled = items.counts(record.id()).unlabeled();
		SubMonitor progress = SubMonitor.convert(monitor, "Prelabeling " + record.project().getName(),
				(int) Math.max(1, (unlabeled + PAGE - 1) / PAGE));
		long after = 0;
		for (List<ItemRecord> next = items.page(record.id(), ItemState.UNLABELED, after, PAGE); !next.isEmpty();
				next = items.page(record.id(), ItemState.UNLABELED, after, PAGE)) {
			after = next.get(next.size() - 1).id();
			List<ItemRecord> open = next.stream().filter(item -> mayPrelabel(items, record.id(), item)).toList();
			items.submitAll(record.id(), page.prelabels(open, progress.split(1)), SubmissionSource.PRELABEL, true);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
	}

	/** Labels a person kept as defaults (a restart that kept them) are theirs: no prediction replaces them. */
	private static boolean mayPrelabel(ItemStore items, long projectId, ItemRecord item) {
		Optional<Submission> shown = items.defaultSubmission(projectId, item.id());
		return shown.isEmpty() || shown.get().getSource() == SubmissionSource.PRELABEL;
	}
}
