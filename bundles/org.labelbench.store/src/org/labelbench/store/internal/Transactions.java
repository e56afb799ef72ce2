package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs units of work in their own transaction, turning SQL failures into store exceptions. */
final class Transactions {

	@FunctionalInterface
	interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final ConnectionSource source;

	Transactions(ConnectionSource source) {
		this.source = source;
	}

	/**
	 * Runs the work and commits it; rolls back if it throws.
	 *
	 * @param what what the work does, for the error message
	 */
	<T> T run(String what, Work<T> work) {
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
			throw Sql.failure(what, e);
		}
	}

	ConnectionSource source() {
		return source;
	}
}
