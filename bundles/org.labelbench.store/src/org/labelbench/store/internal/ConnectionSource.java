package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.labelbench.store.Store.Access;

/** Gives connections to one database, however this process reaches it at the moment. */
interface ConnectionSource extends AutoCloseable {

	/** @return a new connection with auto-commit off */
	Connection connect() throws SQLException;

	Access access();

	/**
	 * @return a folder that the process serving the database can read, for files it bulk-loads; empty when the
	 *         database is on another machine
	 */
	java.util.Optional<java.nio.file.Path> sharedScratch();

	@Override
	void close();
}
