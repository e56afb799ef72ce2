package org.labelbench.store.internal;

import java.sql.SQLException;

import org.labelbench.store.StoreException;

/** SQLState helpers for Derby. */
final class Sql {

	/** another JVM has booted the database */
	static final String DATABASE_IN_USE = "XSDB6";
	/** the table already exists */
	static final String TABLE_EXISTS = "X0Y32";
	/** duplicate key in a unique index or constraint */
	static final String DUPLICATE_KEY = "23505";
	/** single database shut down normally */
	static final String DATABASE_SHUT_DOWN = "08006";

	private Sql() {
	}

	/** @return whether this exception, or one it chains to as cause or next exception, has the SQLState */
	static boolean hasState(SQLException e, String sqlState) {
		java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>(java.util.List.of(e));
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Throwable t = pending.pop();
			if (!seen.add(t)) {
				continue;
			}
			if (t instanceof SQLException s) {
				if (sqlState.equals(s.getSQLState())) {
					return true;
				}
				if (s.getNextException() != null) {
					pending.push(s.getNextException());
				}
			}
			if (t.getCause() != null) {
				pending.push(t.getCause());
			}
		}
		return false;
	}

	/** @return whether the transaction was chosen as a deadlock victim or timed out waiting for a lock */
	static boolean isTransient(SQLException e) {
		return "40001".equals(e.getSQLState()) || "40XL1".equals(e.getSQLState());
	}

	/** @return whether the connection to a server failed or broke (08xxx), as when its owner has gone */
	static boolean isConnectionFailure(SQLException e) {
		return e.getSQLState() != null && e.getSQLState().startsWith("08");
	}

	static StoreException failure(String what, SQLException e) {
		return new StoreException(what + ": " + describe(e), e);
	}

	/** @return the most telling message in a Derby exception chain */
	static String describe(SQLException e) {
		SQLException deepest = e;
		while (deepest.getNextException() != null) {
			deepest = deepest.getNextException();
		}
		String message = deepest.getMessage();
		return message == null ? e.toString() : message.replace('\n', ' ');
	}
}
