package org.labelbench.store.internal;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;

/** The SQL of the item store, in one place so that tests can check how Derby runs it. */
public final class ItemQueries {

	/** The head of the task queue: served by index ITEM_QUEUE without sorting. */
	public static final String CLAIM_CANDIDATES = "SELECT ID FROM ITEM WHERE PROJECT_ID = ? AND STATE = "
			+ ItemState.UNLABELED_VALUE + " ORDER BY QUEUE_KEY FETCH FIRST 8 ROWS ONLY";

	static final String CLAIM = "UPDATE ITEM SET STATE = " + ItemState.IN_TASK_VALUE
			+ ", CLAIMED_BY = ?, CLAIMED_AT = CURRENT_TIMESTAMP WHERE PROJECT_ID = ? AND ID = ? AND STATE = "
			+ ItemState.UNLABELED_VALUE;

	static final String INSERT = "INSERT INTO ITEM (PROJECT_ID, ID, LOCATION, STATE, QUEUE_KEY, ERROR_REASON)"
			+ " VALUES (?, ?, ?, ?, ?, ?)";

	static final String COLUMNS = "SELECT PROJECT_ID, ID, LOCATION, STATE, LAST_EVENT, ERROR_REASON FROM ITEM";

	static final String COUNTS = "SELECT STATE, LAST_EVENT, COUNT(*) FROM ITEM WHERE PROJECT_ID = ?"
			+ " GROUP BY STATE, LAST_EVENT";

	static final String LABEL_COUNTS = "SELECT C.CLASS_NAME, COUNT(*) FROM SUBMISSION S"
			+ " JOIN SUBMISSION_CLASS C ON C.SUBMISSION_ID = S.ID"
			+ " WHERE S.PROJECT_ID = ? AND S.IS_CURRENT = 1 GROUP BY C.CLASS_NAME";

	private ItemQueries() {
	}

	static ItemEventKind event(int column, boolean wasNull) {
		return wasNull ? null : ItemEventKind.get(column);
	}
}
