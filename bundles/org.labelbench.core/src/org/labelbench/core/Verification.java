package org.labelbench.core;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.model.ItemState;

/**
 * Checks that the items of an image project can be shown: each is decoded as an editor would decode it. Items that
 * fail leave the queue (state ERROR with the reason), so labelers are not handed them; labeling goes on with the next
 * item. Items in ERROR that decode now return to the queue. Labeled items keep their labels and their state whatever
 * verification finds.
 */
public interface Verification {

	/**
	 * An item that cannot be shown.
	 *
	 * @param state the item's state after the verification
	 */
	record Failure(long itemId, String location, String reason, ItemState state) {
	}

	/**
	 * What a verification found.
	 *
	 * @param decoded items that decode
	 * @param failed items that do not
	 * @param markedError items that left the queue because they do not decode
	 * @param requeued items in ERROR that decode now and returned to the queue
	 */
	record Result(String project, long decoded, long failed, long markedError, long requeued) {
	}

	/**
	 * Decodes every item of an image project, streaming in item order: few items are in memory at once, large
	 * photos are decoded into reduced rasters, and the decoding runs on every core.
	 *
	 * @param updateStates whether item states follow the result (see the type's description); false only reports
	 * @param failures receives each item that does not decode, in item order, as it is found
	 * @param monitor reports progress and may cancel; items checked before the cancel keep their new state
	 * @throws org.labelbench.store.InvalidInputException when there is no such project, it is a text project, it is
	 *         still initializing or its data folder is gone
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled
	 */
	Result verify(String project, boolean updateStates, Consumer<Failure> failures, IProgressMonitor monitor);
}
