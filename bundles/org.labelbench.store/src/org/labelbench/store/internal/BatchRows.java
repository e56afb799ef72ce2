package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows inserted with JDBC batches on the writer's own connection, for databases that cannot read our files (a team
 * server on another machine). Not committed before {@link #store}'s transaction commits.
 */
final class BatchRows implements ItemRows {

	private static final int BATCH = 1_000;

	private final Connection connection;
	private final PreparedStatement insert;
	private int pending;

	BatchRows(Connection connection, String table) throws SQLException {
		this.connection = connection;
		this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + ImportFileRows.COLUMNS
				+ ") VALUES (?, ?, ?, ?, ?, ?)");
	}

	@Override
	public void append(String location, long locationHash, int state, int queueKey, String errorReason, String text)
			throws SQLException {
		insert.setString(1, location);
		insert.setLong(2, locationHash);
		insert.setInt(3, state);
		insert.setInt(4, queueKey);
		insert.setString(5, errorReason);
		insert.setString(6, text);
		insert.addBatch();
		if (++pending % BATCH == 0) {
			insert.executeBatch();
		}
	}

	@Override
	public void store(Connection c, String table) throws SQLException {
		if (c != connection) {
			throw new IllegalStateException("batches are stored on the connection they were made on");
		}
		insert.executeBatch();
	}

	@Override
	public void close() {
		try {
			insert.close();
		} catch (SQLException e) {
			// the connection is closed by the writer
		}
	}
}
