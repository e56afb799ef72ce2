package org.labelbench.cli.internal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * What initialization is compared with: the {@code find} command listing the same folder, and a raw JDBC batch insert
 * of the same rows into a plain Derby table (no index, no key, one commit at the end) in a database of its own on the
 * same disk. Both stream their input as initialization does, so the ratios say what the project's bookkeeping costs.
 */
final class RawBaselines {

	private static final int BATCH = 10_000;

	private RawBaselines() {
	}

	/** Times {@code find DIR} with its output thrown away; counts nothing (find prints every name). */
	static Map<String, Object> find(Path folder, long files) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process find = new ProcessBuilder("find", folder.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		if (!find.waitFor(1, TimeUnit.HOURS) || find.exitValue() != 0) {
			throw new IOException("find " + folder + " failed with exit code " + find.exitValue());
		}
		return Bench.rate("files", files, System.nanoTime() - start);
	}

	/** Inserts the relative path of every file of the folder, walked in the same order, as (ID, LOCATION). */
	static Map<String, Object> insertPaths(Path database, Path folder) throws IOException, SQLException {
		try (Connection connection = open(database)) {
			long start = System.nanoTime(); // the database and its table exist: only the walk and the insert count
			long rows;
			try (Stream<Path> walk = Files.walk(folder)) {
				rows = insert(connection, walk.filter(p -> p.toString().endsWith(".jpg") && Files.isRegularFile(p))
						.map(p -> folder.relativize(p).toString()).iterator());
			}
			return Bench.rate("rows", rows, System.nanoTime() - start);
		}
	}

	/** Inserts (record number, text) of every line of the generated CSV file (one record a line, no embedded newline). */
	static Map<String, Object> insertCsv(Path database, Path csv) throws IOException, SQLException {
		try (Connection connection = open(database)) {
			long start = System.nanoTime();
			long rows;
			try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				in.readLine(); // header
				rows = insert(connection, in.lines().map(line -> {
					int from = line.indexOf(',') + 1;
					int to = line.lastIndexOf(',');
					return line.substring(from, Math.max(from, to));
				}).iterator());
			}
			return Bench.rate("rows", rows, System.nanoTime() - start);
		}
	}

	private static Connection open(Path database) throws SQLException {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toAbsolutePath().toString());
		dataSource.setCreateDatabase("create");
		Connection connection = dataSource.getConnection();
		try (Statement create = connection.createStatement()) {
			create.executeUpdate("CREATE TABLE RAW_ROWS (ID BIGINT NOT NULL, TEXT VARCHAR(4000) NOT NULL)");
		}
		connection.setAutoCommit(false);
		return connection;
	}

	private static long insert(Connection connection, java.util.Iterator<String> texts) throws SQLException {
		long rows = 0;
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO RAW_ROWS VALUES (?, ?)")) {
			while (texts.hasNext()) {
				insert.setLong(1, ++rows);
				insert.setString(2, texts.next());
				insert.addBatch();
				if (rows % BATCH == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		connection.commit();
		return rows;
	}

	/** Stops the raw database so its folder can be deleted. */
	static void shutdown(Path database) {
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(database.toAbsolutePath().toString());
		dataSource.setShutdownDatabase("shutdown");
		try {
			dataSource.getConnection().close();
		} catch (SQLException expected) {
			// Derby reports a clean shutdown as SQLState 08006
		}
	}
}
