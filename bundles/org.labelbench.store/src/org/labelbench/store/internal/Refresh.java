package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.labelbench.model.ItemState;
import org.labelbench.store.AddedItems;
import org.labelbench.store.NewItem;
import org.labelbench.store.NewItemSource;

/**
 * Adds the items a refresh found that the project does not have yet. The candidates go to a temporary table; the
 * insert of the new ones holds the project's item table exclusively, so refreshes running at once add each item once.
 */
final class Refresh {

	private static final int BATCH = 1_000;

	private final Transactions tx;
	private final long projectId;
	private final long seed;

	Refresh(Transactions tx, long projectId, long seed) {
		this.tx = tx;
		this.projectId = projectId;
		this.seed = seed;
	}

	AddedItems add(NewItemSource items, long limit) {
		return tx.run("add new items", c -> {
			boolean byRecord = ItemTables.keyedByRecord(c, projectId);
			declareCandidates(c);
			fill(c, items, byRecord);
			String table = ItemTables.table(projectId);
			try (Statement s = c.createStatement()) {
				s.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
				s.execute("LOCK TABLE " + ItemTables.queue(projectId) + " IN EXCLUSIVE MODE");
				s.executeUpdate("DELETE FROM SESSION.CANDIDATES N WHERE EXISTS (SELECT 1 FROM " + table + " I WHERE "
						+ (byRecord ? "I.ID = N.RECORD)" : "I.LOCATION_HASH = N.LOCATION_HASH AND I.LOCATION = N.LOCATION)"));
				long found = count(s, "SELECT COUNT(*) FROM SESSION.CANDIDATES");
				long room = limit - count(s, "SELECT COUNT(*) FROM " + table);
				cutToRoom(c, Math.max(0, room));
				// a CSV record keeps its number; a new file is numbered after every item there is, in path order
				String id = byRecord ? "RECORD" : count(s, "SELECT COALESCE(MAX(ID), 0) FROM " + table) + " + SEQ";
				long added = s.executeUpdate("INSERT INTO " + table + " (" + ImportFileRows.COLUMNS + ") SELECT " + id
						+ ", LOCATION, LOCATION_HASH, STATE, QUEUE_KEY, ERROR_REASON, TEXT_CONTENT FROM SESSION.CANDIDATES");
				s.executeUpdate("INSERT INTO " + ItemTables.queue(projectId) + " (STATE, QUEUE_KEY, ID) SELECT STATE,"
						+ " QUEUE_KEY, " + id + " FROM SESSION.CANDIDATES");
				return new AddedItems(added, found - added);
			}
		});
	}

	private static void declareCandidates(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("DECLARE GLOBAL TEMPORARY TABLE SESSION.CANDIDATES (SEQ BIGINT NOT NULL, RECORD BIGINT,"
					+ " LOCATION VARCHAR(4000) NOT NULL, LOCATION_HASH BIGINT NOT NULL, STATE SMALLINT NOT NULL,"
					+ " QUEUE_KEY INT NOT NULL, ERROR_REASON VARCHAR(1000), TEXT_CONTENT VARCHAR(32672))"
					+ " ON COMMIT DELETE ROWS NOT LOGGED");
		} catch (SQLException e) {
			if (!"X0Y32".equals(e.getSQLState())) { // declared earlier on this connection: it is empty again
				throw e;
			}
		}
	}

	private void fill(Connection c, NewItemSource items, boolean byRecord) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO SESSION.CANDIDATES (SEQ, LOCATION, LOCATION_HASH,"
				+ " STATE, QUEUE_KEY, ERROR_REASON, TEXT_CONTENT, RECORD) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			long[] seq = { 0 };
			try {
				items.emit(item -> {
					try {
						candidate(ps, ++seq[0], item, byRecord);
					} catch (SQLException e) {
						throw new SqlFailure(e);
					}
				});
			} catch (SqlFailure e) {
				throw e.getCause();
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the data source: " + e.getMessage(), e);
			}
			ps.executeBatch();
		}
	}

	/** Carries an SQL failure out of the item consumer. */
	private static final class SqlFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		SqlFailure(SQLException cause) {
			super(cause);
		}

		@Override
		public synchronized SQLException getCause() {
			return (SQLException) super.getCause();
		}
	}

	private void candidate(PreparedStatement ps, long seq, NewItem item, boolean byRecord) throws SQLException {
		String location = DerbyItemWriter.truncate(item.location(), DerbyItemWriter.MAX_LOCATION);
		long hash = ItemTables.locationHash(location);
		ps.setLong(1, seq);
		ps.setString(2, location);
		ps.setLong(3, hash);
		ps.setInt(4, item.errorReason() == null ? ItemState.UNLABELED_VALUE : ItemState.ERROR_VALUE);
		ps.setInt(5, ItemTables.queueKey(hash, seed));
		ps.setString(6, item.errorReason() == null ? null
				: DerbyItemWriter.truncate(item.errorReason(), DerbyItemWriter.MAX_REASON));
		ps.setString(7, item.text());
		if (byRecord) {
			ps.setLong(8, record(location));
		} else {
			ps.setNull(8, java.sql.Types.BIGINT);
		}
		ps.addBatch();
		if (seq % BATCH == 0) {
			ps.executeBatch();
		}
	}

	private static long record(String location) {
		try {
			return Long.parseLong(location);
		} catch (NumberFormatException e) {
			throw new IllegalStateException("a CSV item's location is its record number, not " + location, e);
		}
	}

	/** Keeps the first {@code room} candidates in the order they were found. */
	private static void cutToRoom(Connection c, long room) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT SEQ FROM SESSION.CANDIDATES ORDER BY SEQ OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
			ps.setLong(1, room);
			try (ResultSet rs = ps.executeQuery()) {
				if (rs.next()) {
					try (PreparedStatement delete = c.prepareStatement("DELETE FROM SESSION.CANDIDATES WHERE SEQ >= ?")) {
						delete.setLong(1, rs.getLong(1));
						delete.executeUpdate();
					}
				}
			}
		}
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
