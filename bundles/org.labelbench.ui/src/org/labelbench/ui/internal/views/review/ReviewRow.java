package org.labelbench.ui.internal.views.review;

import java.time.Instant;
import java.util.List;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.ui.internal.Messages;

/**
 * One item as the data review lists it; what the selection of the view holds, for the Reject command.
 *
 * @param location the item's path, or its CSV record number
 * @param classes the classes of its labels; empty unless labeled
 * @param labeler who labeled it, or null
 * @param submittedAt when, or null
 * @param problem why an item in error cannot be labeled, or null
 */
public record ReviewRow(String project, long itemId, String location, ItemState state, ItemEventKind lastEvent,
		List<String> classes, String labeler, Instant submittedAt, String problem) {

	public boolean labeled() {
		return state == ItemState.LABELED;
	}

	/** @return the state as the user reads it: queued items say whether a skip or a reject put them back */
	public String stateText() {
		return switch (state) {
			case LABELED -> Messages.Review_stateLabeled;
			case IN_TASK -> Messages.Review_stateInTask;
			case ERROR -> Messages.Review_stateError;
			case UNLABELED -> lastEvent == ItemEventKind.REJECT ? Messages.Review_stateRejected
					: lastEvent == ItemEventKind.SKIP ? Messages.Review_stateSkipped : Messages.Review_stateQueued;
		};
	}
}
