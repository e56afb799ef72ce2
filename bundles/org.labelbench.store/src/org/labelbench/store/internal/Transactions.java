package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs units of work in their own transaction, turning SQL failures into store exceptions. */
final class Transactions {

	@FunctionalInterface
	interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private static final int ATTEMPTS = 3;

	private final ConnectionSource source;

	Transactions(ConnectionSource source) {
		this.source = source;
	}

	/**
	 * Runs the work and commits it; rolls back if it throws. When the connection breaks because the process serving
	 * the database has gone, the work is run again on a new connection (which takes over the database if needed); so
	 * it is when Derby picked it as the victim of a deadlock: a transaction that did not commit left nothing behind.
	 *
	 * @param what what the work does, for the error message
	 */
	<T> T run(String what, Work<T> work) {
		return run(what, work, ATTEMPTS);
	}

	/**
	 * Runs work that hands what it reads to someone else as it goes (an export's rows): it is never run twice, since
	 * the receiver would get the first rows again.
	 */
	<T> T runOnce(String what, Work<T> work) {
		return run(what, work, 1);
	}

	private <T> T run(String what, Work<T> work, int attempts) {
		for (int attempt = 1;; attempt++) {
			try (Connection connection = source.connect()) {
				try {
					T result = work.run(connection);
					connection.commit();
					return result;
				} catch (SQLException | RuntimeException e) {
					connection.rollback();
					throw e;
				}
			} catch (SQLException e) {
				// a broken connection or a deadlock left nothing behind: the work can run again
				if (attempt >= attempts || !(Sql.isConnectionFailure(e) || Sql.isTransient(e))) {
					throw Sql.failure(what, e);
				}
			}
		}
	}

	ConnectionSource source() {
		return source;
	}
}
