package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import org.labelbench.model.ItemState;

/**
 * Moves an item's entry in its project's queue table from one state to another. A delete and an insert rather than an
 * UPDATE: an UPDATE that changes the columns of the index it finds its row by makes Derby scan the whole table
 * instead, seconds at millions of items; the delete finds the entry by the full index key and the insert puts it
 * back under the new state.
 * <p>
 * An unlabeled item assigned to a labeler waits in the queue table under the state {@link #ASSIGNED}, which general
 * claims never read, and in {@code QUEUE_ASSIGNMENT} under its assignee, which that labeler's claims read first.
 */
public final class QueueEntries {

	/** the queue state of an unlabeled item kept for its assignee; not an item state */
	public static final int ASSIGNED = 9;

	private QueueEntries() {
	}

	/**
	 * Where an item's queue entry is: its queue state and queue key, and its assignee, read from the item's row.
	 */
	record Position(int state, int queueKey, String assignee) {

		/** @return the item's own state (an assigned entry is an unlabeled item) */
		int itemState() {
			return state == ASSIGNED ? ItemState.UNLABELED_VALUE : state;
		}
	}

	/** @return the state under which an item in {@code itemState} waits in the queue table */
	static int queueState(int itemState, String assignee) {
		return itemState == ItemState.UNLABELED_VALUE && assignee != null ? ASSIGNED : itemState;
	}

	/**
	 * Locks the item's row for the rest of the transaction and reads its position: whoever moves an item other than
	 * by claiming it holds its row, so that its state, assignee and queue entry change together.
	 *
	 * @param states the SQL condition on STATE the item must meet, e.g. {@code "STATE <> 3"}
	 * @return the item's position in the queue, or null when there is no such item in those states
	 */
	static Position position(Connection c, long projectId, long itemId, String states) throws SQLException {
		try (PreparedStatement lock = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
				+ " SET ASSIGNEE = ASSIGNEE WHERE ID = ? AND " + states)) {
			lock.setLong(1, itemId);
			if (lock.executeUpdate() == 0) {
				return null;
			}
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT STATE, QUEUE_KEY, ASSIGNEE FROM "
				+ ItemTables.table(projectId) + " WHERE ID = ?")) {
			ps.setLong(1, itemId);
			try (java.sql.ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				String assignee = rs.getString(3);
				return new Position(queueState(rs.getInt(1), assignee), rs.getInt(2), assignee);
			}
		}
	}

	/** @return the SQL that takes an entry out of a project's queue; tests check that Derby finds it by the index */
	public static String deleteSql(long projectId) {
		return "DELETE FROM " + ItemTables.queue(projectId) + " WHERE STATE = ? AND QUEUE_KEY = ? AND ID = ?";
	}

	/**
	 * @param from where the entry is now
	 * @param to the item's new state
	 * @param assignee who the item is assigned to from now on, or null
	 * @param claimedAt when the item was claimed, for an entry moving into a task; otherwise null
	 * @return whether the entry was where {@code from} says (when not, nothing changed)
	 */
	static boolean move(Connection c, long projectId, Position from, long itemId, int to, String assignee,
			Timestamp claimedAt) throws SQLException {
		try (PreparedStatement delete = c.prepareStatement(deleteSql(projectId))) {
			delete.setInt(1, from.state());
			delete.setInt(2, from.queueKey());
			delete.setLong(3, itemId);
			if (delete.executeUpdate() != 1) {
				return false;
			}
		}
		if (from.state() == ASSIGNED) {
			assignment(c, "DELETE FROM QUEUE_ASSIGNMENT WHERE PROJECT_ID = ? AND ASSIGNEE = ? AND QUEUE_KEY = ?"
					+ " AND ITEM_ID = ?", projectId, from.assignee(), from.queueKey(), itemId);
		}
		int state = queueState(to, assignee);
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + ItemTables.queue(projectId)
				+ " (STATE, QUEUE_KEY, ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
			insert.setInt(1, state);
			insert.setInt(2, from.queueKey());
			insert.setLong(3, itemId);
			insert.setTimestamp(4, claimedAt);
			insert.executeUpdate();
		}
		if (state == ASSIGNED) {
			assignment(c, "INSERT INTO QUEUE_ASSIGNMENT (PROJECT_ID, ASSIGNEE, QUEUE_KEY, ITEM_ID) VALUES (?, ?, ?, ?)",
					projectId, assignee, from.queueKey(), itemId);
		}
		return true;
	}

	/** Moves an entry keeping the item's assignee. */
	static boolean move(Connection c, long projectId, Position from, long itemId, int to, Timestamp claimedAt)
			throws SQLException {
		return move(c, projectId, from, itemId, to, from.assignee(), claimedAt);
	}

	private static void assignment(Connection c, String sql, long projectId, String assignee, int queueKey, long itemId)
			throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setLong(1, projectId);
			ps.setString(2, assignee);
			ps.setInt(3, queueKey);
			ps.setLong(4, itemId);
			ps.executeUpdate();
		}
	}
}
