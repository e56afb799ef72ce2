package org.labelbench.store.internal;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;

/** Where an item writer puts its rows until they are stored: a file Derby bulk-loads, or JDBC batches. */
interface ItemRows extends Closeable {

	/**
	 * @param text the text of a CSV-row item, or null
	 * @param errorReason null for an item that can be labeled
	 */
	void append(String location, long locationHash, int state, int queueKey, String errorReason, String text)
			throws SQLException;

	/** Stores what was appended into the table, in the connection's transaction. */
	void store(Connection connection, String table) throws SQLException;

	/** Runs after the stored rows are committed. */
	default void afterCommit(Connection connection) throws SQLException {
		// nothing by default
	}

	/** Releases what the rows held; stored rows stay stored. */
	@Override
	void close();
}
