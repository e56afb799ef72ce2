package org.labelbench.store.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

import org.labelbench.store.InvalidInputException;
import org.labelbench.store.Store.Access;
import org.labelbench.store.StoreException;

/**
 * A database served by a Derby Network Server that a team runs: {@code derby://host:port/database}. Connections
 * carry the user's name and password, which the server checks (Derby authentication); a few stay open for reuse.
 */
final class TeamServerSource implements ConnectionSource {

	/** the SQLState of a connection refused for its user name or password */
	static final String AUTHENTICATION_FAILED = "08004";

	private final String jdbcUrl;
	private final String user;
	private final char[] password;
	private final ConnectionPool pool = new ConnectionPool();

	TeamServerSource(String url, String user, char[] password) {
		URI uri;
		try {
			uri = new URI(url.startsWith("//") ? "derby:" + url : url);
		} catch (URISyntaxException e) {
			throw new InvalidInputException("server URL '" + url + "' is not valid: " + e.getReason());
		}
		if (!"derby".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null
				|| uri.getPath().length() < 2) {
			throw new InvalidInputException("server URL '" + url + "' must look like derby://host:port/database");
		}
		jdbcUrl = DerbyClient.url(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : DerbyClient.DEFAULT_PORT,
				uri.getPath().substring(1));
		this.user = user;
		this.password = password == null ? null : password.clone();
	}

	@Override
	public Connection connect() throws SQLException {
		Connection reused = pool.take();
		if (reused != null) {
			return pool.lend(reused);
		}
		Connection connection;
		try {
			connection = DerbyClient.connect(jdbcUrl, user, password);
		} catch (SQLException e) {
			if (Sql.hasState(e, AUTHENTICATION_FAILED)) {
				throw new StoreException("the server " + jdbcUrl.substring("jdbc:".length()) + " refused user '" + user
						+ "': wrong user name or password" + (password == null ? " (no password was found: set "
								+ "LABELBENCH_PASSWORD or store one with 'server login')" : ""), e);
			}
			throw e;
		}
		useSharedSchema(connection);
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return pool.lend(connection);
	}

	/**
	 * Derby's default schema is the user's own: with authentication every user would see tables of their own. All
	 * share the schema APP, the one a workspace's database has always used.
	 */
	static void useSharedSchema(Connection connection) throws SQLException {
		try (java.sql.Statement statement = connection.createStatement()) {
			statement.execute("SET SCHEMA " + SHARED_SCHEMA);
		}
	}

	/** the schema of every Labelbench table */
	static final String SHARED_SCHEMA = "APP";

	@Override
	public Optional<java.nio.file.Path> sharedScratch() {
		return Optional.empty(); // the server is elsewhere: it cannot read our files
	}

	@Override
	public Access access() {
		return Access.CLIENT;
	}

	@Override
	public void close() {
		pool.clear();
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}
}
