package org.labelbench.store.internal;

import java.io.Closeable;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where an item writer puts a new project's rows until they are stored: files Derby bulk-loads, or JDBC batches.
 * Each item is a row of the project's item table and an entry of its queue table (see {@link ItemTables}).
 */
interface ItemRows extends Closeable {

	/**
	 * @param id the item's id: its CSV record number, or its number in path order
	 * @param text the text of a CSV-row item, or null
	 * @param errorReason null for an item that can be labeled
	 */
	void append(long id, String location, long locationHash, int state, int queueKey, String errorReason, String text)
			throws SQLException;

	/**
	 * Stores what was appended into the project's tables and commits: when this returns every row and index is
	 * durable.
	 *
	 * @param connection the writer's connection, on which nothing else is pending
	 */
	void storeAndCommit(Connection connection, ConnectionSource source, long projectId) throws SQLException;

	/** Releases what the rows held; stored rows stay stored. */
	@Override
	void close();
}
