package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows inserted with JDBC batches on the writer's own connection, for databases that cannot read our files (a team
 * server on another machine). Nothing is committed before {@link #storeAndCommit}.
 */
final class BatchRows implements ItemRows {

	private static final int BATCH = 1_000;

	private final Connection connection;
	private final PreparedStatement items;
	private final PreparedStatement queue;
	private int pending;

	BatchRows(Connection connection, long projectId) throws SQLException {
		this.connection = connection;
		this.items = connection.prepareStatement("INSERT INTO " + ItemTables.table(projectId) + " ("
				+ ImportFileRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)");
		this.queue = connection.prepareStatement("INSERT INTO " + ItemTables.queue(projectId)
				+ " (STATE, QUEUE_KEY, ID) VALUES (?, ?, ?)");
	}

	@Override
	public void append(long id, String location, long locationHash, int state, int queueKey, String errorReason,
			String text) throws SQLException {
		items.setLong(1, id);
		items.setString(2, location);
		items.setLong(3, locationHash);
		items.setInt(4, state);
		items.setInt(5, queueKey);
		items.setString(6, errorReason);
		items.setString(7, text);
		items.addBatch();
		queue.setInt(1, state);
		queue.setInt(2, queueKey);
		queue.setLong(3, id);
		queue.addBatch();
		if (++pending % BATCH == 0) {
			items.executeBatch();
			queue.executeBatch();
		}
	}

	@Override
	public void storeAndCommit(Connection c, ConnectionSource source, long projectId) throws SQLException {
		if (c != connection) {
			throw new IllegalStateException("batches are stored on the connection they were made on");
		}
		items.executeBatch();
		queue.executeBatch();
		connection.commit();
	}

	@Override
	public void close() {
		try (PreparedStatement i = items; PreparedStatement q = queue) {
			// closed by the try
		} catch (SQLException e) {
			// the connection is closed by the writer
		}
	}
}
