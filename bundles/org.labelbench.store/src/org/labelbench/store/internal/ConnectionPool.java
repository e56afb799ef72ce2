package org.labelbench.store.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps a few idle connections for reuse: opening a Derby connection for every unit of work costs more than the
 * work itself when that work is one claim. A connection handed out is a proxy whose {@code close()} rolls back what
 * was not committed and returns the connection here. A connection that failed with a connection error is not
 * reused, and the idle ones are dropped with it: they lead to the same lost server.
 */
final class ConnectionPool {

	private static final int MAX_IDLE = 8;

	private final Deque<Connection> idle = new ArrayDeque<>();

	/** @return an idle connection, or null */
	synchronized Connection take() {
		return idle.poll();
	}

	/** @return a connection whose close returns {@code physical} to this pool */
	Connection lend(Connection physical) {
		return (Connection) Proxy.newProxyInstance(ConnectionPool.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Lent(physical));
	}

	/** Closes the idle connections; lent ones are closed when they come back. */
	synchronized void clear() {
		while (!idle.isEmpty()) {
			closeQuietly(idle.poll());
		}
	}

	private void giveBack(Connection physical, boolean broken) {
		if (!broken) {
			try {
				physical.rollback();
				// a borrower may have raised the isolation (an export's snapshot); the next one gets the default
				physical.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
				synchronized (this) {
					if (idle.size() < MAX_IDLE) {
						idle.push(physical);
						return;
					}
				}
			} catch (SQLException e) {
				// not reusable
			}
		} else {
			clear();
		}
		closeQuietly(physical);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// a connection that cannot even close is gone anyway
		}
	}

	/** Delegates to the physical connection; close gives it back. */
	private final class Lent implements InvocationHandler {
		private final Connection physical;
		private boolean closed;
		private boolean broken;

		Lent(Connection physical) {
			this.physical = physical;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "close":
					if (!closed) {
						closed = true;
						giveBack(physical, broken);
					}
					return null;
				case "isClosed":
					return closed || physical.isClosed();
				case "unwrap":
					return method.invoke(physical, args);
				default:
					if (closed) {
						throw new SQLException("connection is closed", "08003");
					}
			}
			try {
				return method.invoke(physical, args);
			} catch (InvocationTargetException e) {
				if (e.getCause() instanceof SQLException sql && Sql.isConnectionFailure(sql)) {
					broken = true;
				}
				throw e.getCause();
			}
		}
	}
}
