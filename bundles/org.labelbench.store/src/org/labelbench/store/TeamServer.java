package org.labelbench.store;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.labelbench.store.internal.Schema;

/**
 * A workspace's database served to a team by Derby's Network Server, with Derby authentication on: users and their
 * passwords are Derby BUILTIN users kept in the database (Derby stores the passwords hashed). Starting it the first
 * time turns authentication on for good: from then on the database is opened with a user name and password, through
 * the server ({@code --server URL}). The user who starts it is an administrator of the workspace.
 */
public final class TeamServer implements AutoCloseable {

	/** what a Derby user name may be: an SQL identifier */
	public static final String USER_NAME = "[A-Za-z][A-Za-z0-9_]{0,127}";

	private final Path databaseDir;
	private final String admin;
	private final char[] password;
	private final NetworkServerControl control;
	private final String url;

	private TeamServer(Path databaseDir, String admin, char[] password, NetworkServerControl control, String url) {
		this.databaseDir = databaseDir;
		this.admin = admin;
		this.password = password;
		this.control = control;
		this.url = url;
	}

	/**
	 * Opens the workspace's database (created when missing), turns authentication on with {@code admin} as its first
	 * user when it is off, makes the schema current and serves the database on {@code host:port}.
	 *
	 * @param port 0 for any free port
	 * @throws InvalidInputException when the admin's password is wrong for a database that has authentication on
	 * @throws StoreException when the database is in use by another process or the port cannot be opened
	 */
	public static TeamServer start(Path workspace, String host, int port, String admin, char[] password) {
		if (admin == null || !admin.matches(USER_NAME)) {
			throw new InvalidInputException("user name '" + admin + "' cannot be a server user: a letter, then letters,"
					+ " digits or '_'; give another with --user");
		}
		if (password == null || password.length == 0) {
			throw new InvalidInputException("a team server needs a password for its administrator '" + admin + "'");
		}
		Path databaseDir = workspace.toAbsolutePath().normalize().resolve("db");
		try {
			Files.createDirectories(workspace);
			enableAuthentication(databaseDir, admin, password);
			try (Connection c = dataSource(databaseDir, admin, password).getConnection()) {
				createSharedSchema(c);
				c.setAutoCommit(false);
				Schema.upgrade(c, Schema.CURRENT_VERSION);
				makeAdmin(c, admin);
				// many claimers at once: a deadlock, should one happen, is found after 2 s rather than Derby's 20
				setProperty(c, "derby.locks.deadlockTimeout", "2");
				c.commit();
			}
			int chosen = port == 0 ? freePort(host) : port;
			NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(host), chosen);
			control.start(null);
			awaitPing(control, host, chosen);
			return new TeamServer(databaseDir, admin, password.clone(), control,
					"derby://" + host + ":" + chosen + "/" + databaseDir);
		} catch (SQLException e) {
			if ("08004".equals(e.getSQLState())) {
				throw new InvalidInputException("the database in " + workspace + " refused user '" + admin
						+ "': wrong password (authentication is on since the server first ran)");
			}
			throw new StoreException("cannot serve the database in " + workspace + ": " + deepest(e), e);
		} catch (StoreException | InvalidInputException e) {
			throw e;
		} catch (Exception e) {
			throw new StoreException("cannot serve the database in " + workspace + " on " + host + ":" + port + ": "
					+ e.getMessage(), e);
		}
	}

	/** @return the most telling message of a Derby exception chain: the last of its next exceptions and causes */
	private static String deepest(SQLException e) {
		Throwable deepest = e;
		while (true) {
			Throwable next = deepest instanceof SQLException s && s.getNextException() != null ? s.getNextException()
					: deepest.getCause();
			if (next == null || next == deepest) {
				return deepest.getMessage();
			}
			deepest = next;
		}
	}

	/** @return the URL clients give as {@code --server} */
	public String url() {
		return url;
	}

	private static EmbeddedDataSource dataSource(Path databaseDir, String user, char[] password) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(databaseDir.toString());
		dataSource.setUser(user);
		dataSource.setPassword(new String(password));
		return dataSource;
	}

	/**
	 * Turns Derby BUILTIN authentication on, with the admin as its first user, and reboots the database for it to take
	 * effect (the property is static). A database that has it on already is left as it is.
	 */
	private static void enableAuthentication(Path databaseDir, String admin, char[] password) throws SQLException {
		EmbeddedDataSource create = dataSource(databaseDir, admin, password);
		create.setCreateDatabase("create");
		try (Connection c = create.getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery(
					"VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.connection.requireAuthentication')")) {
				if (rs.next() && "true".equals(rs.getString(1))) {
					return;
				}
			}
			setUserPassword(c, admin, password);
			setProperty(c, "derby.authentication.provider", "BUILTIN");
			setProperty(c, "derby.connection.requireAuthentication", "true");
		}
		shutdown(databaseDir, admin, password);
	}

	/** Every user works in schema APP (see TeamServerSource), which a database created by a named user lacks. */
	private static void createSharedSchema(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			try {
				s.execute("CREATE SCHEMA APP");
			} catch (SQLException e) {
				if (!"X0Y68".equals(e.getSQLState())) { // exists already
					throw e;
				}
			}
			s.execute("SET SCHEMA APP");
		}
	}

	/** Sets a Derby user's password (stored hashed by Derby); a new user name makes a new user. */
	public static void setUserPassword(Connection c, String user, char[] password) throws SQLException {
		setProperty(c, "derby.user." + user, new String(password));
	}

	private static void setProperty(Connection c, String key, String value) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
			ps.setString(1, key);
			ps.setString(2, value);
			ps.execute();
		}
	}

	private static void makeAdmin(Connection c, String admin) throws SQLException {
		try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM WORKSPACE_ADMIN WHERE USER_NAME = ?")) {
			find.setString(1, admin);
			try (ResultSet rs = find.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
		}
		try (PreparedStatement insert = c.prepareStatement("INSERT INTO WORKSPACE_ADMIN (USER_NAME) VALUES (?)")) {
			insert.setString(1, admin);
			insert.executeUpdate();
		}
	}

	private static void shutdown(Path databaseDir, String user, char[] password) {
		EmbeddedDataSource shutdown = dataSource(databaseDir, user, password);
		shutdown.setShutdownDatabase("shutdown");
		try {
			shutdown.getConnection().close();
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { // 08006: shut down as asked
				throw new StoreException("database " + databaseDir + " did not shut down: " + e.getMessage(), e);
			}
		}
	}

	private static int freePort(String host) throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getByName(host))) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPing(NetworkServerControl control, String host, int port) throws Exception {
		Exception last = null;
		for (int i = 0; i < 100; i++) {
			try {
				control.ping();
				return;
			} catch (Exception notYet) {
				last = notYet;
				Thread.sleep(50);
			}
		}
		throw new StoreException("the Derby Network Server did not start on " + host + ":" + port, last);
	}

	/** Stops serving and shuts the database down; clients' uncommitted work is rolled back. */
	@Override
	public void close() {
		try {
			control.shutdown();
		} catch (Exception e) {
			org.eclipse.core.runtime.ILog.of(TeamServer.class).warn("Derby Network Server did not shut down cleanly", e);
		}
		shutdown(databaseDir, admin, password);
		java.util.Arrays.fill(password, '\0');
	}
}
