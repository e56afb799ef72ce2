package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.labelbench.model.ItemState;

/**
 * Puts queued items at the head of their project's queue in an order given, e.g. look-alikes one after the other so
 * that a grid task shows them together. Only the queue keys change: the queue table, its one index and the claims stay
 * as they are, so claiming stays as fast at millions of items. The items given get the lowest keys, in the order given
 * (the random keys of the other items are spread over the whole {@code int} range, so they come after them); an item
 * that is claimed, labeled or broken meanwhile keeps its place. A page of items is one transaction.
 */
final class QueueOrder {

	private static final int PAGE = 1_000;

	private final Transactions tx;
	private final long projectId;

	QueueOrder(Transactions tx, long projectId) {
		this.tx = tx;
		this.projectId = projectId;
	}

	/** @return how many of the items moved */
	long putFirst(long[] itemIds) {
		long moved = 0;
		for (int from = 0; from < itemIds.length; from += PAGE) {
			int start = from;
			int end = Math.min(itemIds.length, from + PAGE);
			moved += tx.run("reorder the queue of project " + projectId, c -> rekey(c, itemIds, start, end));
		}
		return moved;
	}

	private int rekey(Connection c, long[] itemIds, int from, int to) throws SQLException {
		int moved = 0;
		try (PreparedStatement item = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
				+ " SET QUEUE_KEY = ? WHERE ID = ? AND STATE = " + ItemState.UNLABELED_VALUE);
				PreparedStatement delete = c.prepareStatement(QueueEntries.deleteSql(projectId));
				PreparedStatement insert = c.prepareStatement("INSERT INTO " + ItemTables.queue(projectId)
						+ " (STATE, QUEUE_KEY, ID, CLAIMED_AT) VALUES (" + ItemState.UNLABELED_VALUE + ", ?, ?, NULL)")) {
			for (int i = from; i < to; i++) {
				QueueEntries.Position position = QueueEntries.position(c, projectId, itemIds[i],
						"STATE = " + ItemState.UNLABELED_VALUE);
				if (position == null) {
					continue;
				}
				int key = Integer.MIN_VALUE + i;
				item.setInt(1, key);
				item.setLong(2, itemIds[i]);
				item.executeUpdate();
				// a delete and an insert, not an UPDATE of the index's own columns (see QueueEntries)
				delete.setInt(1, ItemState.UNLABELED_VALUE);
				delete.setInt(2, position.queueKey());
				delete.setLong(3, itemIds[i]);
				if (delete.executeUpdate() == 1) {
					insert.setInt(1, key);
					insert.setLong(2, itemIds[i]);
					insert.executeUpdate();
					moved++;
				}
			}
		}
		return moved;
	}
}
