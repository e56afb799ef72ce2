package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.ClientDriver;

/** Connections through the Derby network client, without DriverManager (which does not work across bundles). */
final class DerbyClient {

	static final int DEFAULT_PORT = 1527;

	private static final Driver DRIVER = new ClientDriver();

	private DerbyClient() {
	}

	static String url(String host, int port, String databaseName) {
		return "jdbc:derby://" + host + ":" + port + "/" + databaseName;
	}

	static Connection connect(String url) throws SQLException {
		return connect(url, null, null);
	}

	/** @param user with {@code password}, what a server with authentication checks; null for none */
	static Connection connect(String url, String user, char[] password) throws SQLException {
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", new String(password));
		}
		Connection connection = DRIVER.connect(url, properties);
		if (connection == null) {
			throw new SQLException("not a Derby client URL: " + url, "08001");
		}
		return connection;
	}
}
