package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Moves an item's entry in its project's queue table from one state to another. A delete and an insert rather than an
 * UPDATE: an UPDATE that changes the columns of the index it finds its row by makes Derby scan the whole table
 * instead, seconds at millions of items; the delete finds the entry by the full index key and the insert puts it
 * back under the new state.
 */
public final class QueueEntries {

	private QueueEntries() {
	}

	/**
	 * Where an item's queue entry is: its state and queue key, read from the item's row.
	 */
	record Position(int state, int queueKey) {
	}

	/**
	 * @param states the SQL condition on STATE the item must meet, e.g. {@code "STATE <> 3"}
	 * @return the item's position in the queue, or null when there is no such item in those states
	 */
	static Position position(Connection c, long projectId, long itemId, String states) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT STATE, QUEUE_KEY FROM " + ItemTables.table(projectId)
				+ " WHERE ID = ? AND " + states)) {
			ps.setLong(1, itemId);
			try (java.sql.ResultSet rs = ps.executeQuery()) {
				return rs.next() ? new Position(rs.getInt(1), rs.getInt(2)) : null;
			}
		}
	}

	/** @return the SQL that takes an entry out of a project's queue; tests check that Derby finds it by the index */
	public static String deleteSql(long projectId) {
		return "DELETE FROM " + ItemTables.queue(projectId) + " WHERE STATE = ? AND QUEUE_KEY = ? AND ID = ?";
	}

	/**
	 * @param claimedAt when the item was claimed, for an entry moving into a task; otherwise null
	 * @return whether the entry was in state {@code from} (when not, nothing changed)
	 */
	static boolean move(Connection c, long projectId, int from, int queueKey, long itemId, int to, Timestamp claimedAt)
			throws SQLException {
		try (PreparedStatement delete = c.prepareStatement(deleteSql(projectId))) {
			delete.setInt(1, from);
			delete.setInt(2, queueKey);
			delete.setLong(3, itemId);
			if (delete.executeUpdate() != 1) {
				return false;
			}
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + ItemTables.queue(projectId)
				+ " (STATE, QUEUE_KEY, ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
			insert.setInt(1, to);
			insert.setInt(2, queueKey);
			insert.setLong(3, itemId);
			insert.setTimestamp(4, claimedAt);
			insert.executeUpdate();
		}
		return true;
	}
}
