package org.labelbench.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.core.runtime.ILog;
import org.labelbench.store.Store.Access;
import org.labelbench.store.StoreException;

/**
 * The database of a workspace directory, shared by every Labelbench process on the machine. Embedded Derby lets one
 * JVM open a database, so the first process opens it embedded and serves it on a loopback port written to
 * {@code server.properties}; the others connect through that server. When the owner has gone (closed, or killed),
 * the next connection attempt of any process elects a new owner: whoever boots the database first.
 */
final class WorkspaceDatabase implements ConnectionSource {

	private static final Duration ELECTION_TIMEOUT = Duration.ofSeconds(30);
	private static final String LOOPBACK = "127.0.0.1";
	private static final String ELECTION_LOCK = "election.lock";
	/** how long an owner that is closing waits for other processes' transactions to end */
	private static final Duration CLIENT_GRACE = Duration.ofSeconds(60);

	private final Path workspace;
	private final Path databaseDir;
	private final ServerFile serverFile;
	private volatile Route route;
	private final ConnectionPool pool = new ConnectionPool();
	/** set by {@link #close()}: a job that outlives the workspace must not boot its database again */
	private volatile boolean closed;

	/** How this process reaches the database right now. */
	private sealed interface Route permits Owner, Client {
		Connection connect() throws SQLException;

		void close();
	}

	WorkspaceDatabase(Path workspace) {
		this.workspace = workspace;
		this.databaseDir = workspace.resolve("db");
		this.serverFile = new ServerFile(workspace);
		try {
			Files.createDirectories(workspace);
		} catch (IOException e) {
			throw new StoreException("cannot create workspace directory " + workspace + ": " + e.getMessage(), e);
		}
		DerbyLog.directTo(workspace);
		this.route = elect();
	}

	@Override
	public Connection connect() throws SQLException {
		if (closed) {
			throw new SQLException("the workspace " + workspace + " is closed");
		}
		Connection reused = pool.take();
		if (reused != null) {
			return pool.lend(reused);
		}
		Route current = route;
		try {
			return pool.lend(configure(current.connect()));
		} catch (SQLException e) {
			if (!(current instanceof Client) || !Sql.isConnectionFailure(e)) {
				throw e;
			}
			synchronized (this) {
				if (route == current) {
					pool.clear();
					route = elect(); // the owner has gone: take over or follow its successor
				}
			}
			return pool.lend(configure(route.connect()));
		}
	}

	private static Connection configure(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return connection;
	}

	@Override
	public java.util.Optional<Path> sharedScratch() {
		return java.util.Optional.of(workspace.resolve("tmp"));
	}

	@Override
	public Access access() {
		return route instanceof Owner ? Access.OWNER : Access.CLIENT;
	}

	@Override
	public synchronized void close() {
		closed = true;
		pool.clear();
		route.close();
	}

	/**
	 * Decides how this process reaches the database. Processes on this machine elect one at a time, holding an
	 * operating-system lock on {@code election.lock}: the lock goes with a process that dies, so it never goes stale,
	 * and a process never sees a database that another is still creating.
	 */
	private Route elect() {
		try (FileChannel channel = FileChannel.open(workspace.resolve(ELECTION_LOCK), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			return electLocked();
		} catch (IOException e) {
			throw new StoreException("cannot lock " + workspace.resolve(ELECTION_LOCK) + ": " + e.getMessage(), e);
		}
	}

	private Route electLocked() {
		long deadline = System.nanoTime() + ELECTION_TIMEOUT.toNanos();
		long ownPid = ProcessHandle.current().pid();
		while (true) {
			var endpoint = serverFile.read().filter(e -> e.pid() != ownPid);
			if (endpoint.isPresent()) {
				Client client = new Client(endpoint.get());
				try {
					client.connect().close();
					return client;
				} catch (SQLException e) {
					// nobody serves there any more: the owner has gone; take over
				}
			}
			try {
				return new Owner();
			} catch (SQLException e) {
				if (!Sql.hasState(e, Sql.DATABASE_IN_USE)) {
					throw Sql.failure("cannot open the database in " + workspace, e);
				}
				// booted by a process of an older Labelbench, or one that has not released it yet
			}
			if (System.nanoTime() > deadline) {
				throw new StoreException("the database in " + workspace
						+ " is locked by another process that does not serve it; is an older Labelbench running?");
			}
			sleep(200);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("interrupted while opening the database", e);
		}
	}

	/** This process has booted the database embedded and serves it to the other processes. */
	private final class Owner implements Route {
		private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
		private final NetworkServerControl server;
		private final ServerFile.Endpoint endpoint;

		Owner() throws SQLException {
			dataSource.setDatabaseName(databaseDir.toString());
			dataSource.setCreateDatabase("create");
			dataSource.getConnection().close(); // boots the database, or fails if another JVM has it
			dataSource.setCreateDatabase(null);
			NetworkServerControl started = null;
			int port = -1;
			for (int attempt = 0; attempt < 5 && started == null; attempt++) {
				port = freePort();
				started = startServer(port);
			}
			server = started;
			endpoint = new ServerFile.Endpoint(LOOPBACK, port, ProcessHandle.current().pid());
			if (server != null) {
				serverFile.write(endpoint);
			} else {
				ILog.of(WorkspaceDatabase.class).error("Could not start the Derby Network Server for " + workspace
						+ "; other processes cannot open this workspace while this one runs");
			}
		}

		@Override
		public Connection connect() throws SQLException {
			return dataSource.getConnection();
		}

		@Override
		public void close() {
			if (server != null) {
				awaitClients();
				serverFile.removeIfOwn(endpoint);
				try {
					server.shutdown();
				} catch (Exception e) {
					ILog.of(WorkspaceDatabase.class).warn("Derby Network Server did not shut down cleanly", e);
				}
			}
			EmbeddedDataSource shutdown = new EmbeddedDataSource();
			shutdown.setDatabaseName(databaseDir.toString());
			shutdown.setShutdownDatabase("shutdown");
			try {
				shutdown.getConnection().close();
			} catch (SQLException e) {
				if (!Sql.hasState(e, Sql.DATABASE_SHUT_DOWN)) {
					ILog.of(WorkspaceDatabase.class).warn("Database " + databaseDir + " did not shut down cleanly", e);
				}
			}
		}

		/**
		 * Lets other processes finish what they are doing through this server (an import, a submission) before the
		 * server goes; they take over the database on their next connection.
		 */
		private void awaitClients() {
			long deadline = System.nanoTime() + CLIENT_GRACE.toNanos();
			try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
				while (System.nanoTime() < deadline) {
					try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM SYSCS_DIAG.TRANSACTION_TABLE"
							+ " WHERE TYPE = 'UserTransaction' AND STATUS = 'ACTIVE'")) {
						rs.next();
						if (rs.getInt(1) <= 1) { // this query's own transaction
							return;
						}
					}
					connection.commit();
					sleep(100);
				}
			} catch (SQLException e) {
				ILog.of(WorkspaceDatabase.class).warn("Could not check for clients of " + databaseDir, e);
			}
		}

		private static NetworkServerControl startServer(int port) {
			try {
				NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(LOOPBACK), port);
				control.start(null);
				for (int i = 0; i < 100; i++) {
					try {
						control.ping();
						return control;
					} catch (Exception notYet) {
						sleep(50);
					}
				}
				control.shutdown();
			} catch (Exception e) {
				ILog.of(WorkspaceDatabase.class).warn("Derby Network Server failed to start on port " + port, e);
			}
			return null;
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
				return socket.getLocalPort();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The database is served by another process on this machine. */
	private final class Client implements Route {
		private final String url;

		Client(ServerFile.Endpoint endpoint) {
			url = DerbyClient.url(endpoint.host(), endpoint.port(), databaseDir.toString());
		}

		@Override
		public Connection connect() throws SQLException {
			return DerbyClient.connect(url);
		}

		@Override
		public void close() {
			// connections are closed by their users; the server belongs to another process
		}
	}
}
