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
		Connection connection = DRIVER.connect(url, new Properties());
		if (connection == null) {
			throw new SQLException("not a Derby client URL: " + url, "08001");
		}
		return connection;
	}
}
