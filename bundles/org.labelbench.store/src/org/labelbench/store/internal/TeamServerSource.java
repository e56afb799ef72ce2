package org.labelbench.store.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.SQLException;

import org.labelbench.store.InvalidInputException;
import org.labelbench.store.Store.Access;

/** A database served by a Derby Network Server that a team runs: {@code derby://host:port/database}. */
final class TeamServerSource implements ConnectionSource {

	private final String jdbcUrl;

	TeamServerSource(String url) {
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
	}

	@Override
	public Connection connect() throws SQLException {
		Connection connection = DerbyClient.connect(jdbcUrl);
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		return connection;
	}

	@Override
	public java.util.Optional<java.nio.file.Path> sharedScratch() {
		return java.util.Optional.empty(); // the server is elsewhere: it cannot read our files
	}

	@Override
	public Access access() {
		return Access.CLIENT;
	}

	@Override
	public void close() {
		// nothing held: connections are closed by their users
	}
}
