package org.labelbench.ui.internal.views.review;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemCounts;
import org.labelbench.ui.internal.Messages;

/** Which items the data review lists, by state; skipped and rejected items are the queued ones a skip or reject put back. */
public enum StateFilter {
	ALL(null, null), LABELED(ItemState.LABELED, null), QUEUED(ItemState.UNLABELED, null),
	SKIPPED(ItemState.UNLABELED, ItemEventKind.SKIP), REJECTED(ItemState.UNLABELED, ItemEventKind.REJECT),
	IN_TASK(ItemState.IN_TASK, null), ERROR(ItemState.ERROR, null);

	private final ItemState state;
	private final ItemEventKind lastEvent;

	StateFilter(ItemState state, ItemEventKind lastEvent) {
		this.state = state;
		this.lastEvent = lastEvent;
	}

	/** @return the state to page, or null for every state */
	ItemState state() {
		return state;
	}

	/** @return the last event the items must have had, or null */
	ItemEventKind lastEvent() {
		return lastEvent;
	}

	/** @return how many items the filter lists, from the project's counts */
	public long count(ItemCounts counts) {
		return switch (this) {
			case ALL -> counts.total();
			case LABELED -> counts.labeled();
			case QUEUED -> counts.unlabeled();
			case SKIPPED -> counts.skipped();
			case REJECTED -> counts.rejected();
			case IN_TASK -> counts.inTask();
			case ERROR -> counts.error();
		};
	}

	/** @return the name the user picks the filter by */
	public String label() {
		return switch (this) {
			case ALL -> Messages.Review_filterAll;
			case LABELED -> Messages.Review_filterLabeled;
			case QUEUED -> Messages.Review_filterQueued;
			case SKIPPED -> Messages.Review_filterSkipped;
			case REJECTED -> Messages.Review_filterRejected;
			case IN_TASK -> Messages.Review_filterInTask;
			case ERROR -> Messages.Review_filterError;
		};
	}
}
