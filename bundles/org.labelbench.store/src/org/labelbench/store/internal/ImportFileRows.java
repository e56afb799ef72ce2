package org.labelbench.store.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows written to a delimited file that Derby's import procedure loads. Into an empty table Derby bulk-loads, writing
 * the rows without per-row logging and building the indexes once at the end: several times faster than inserts.
 */
final class ImportFileRows implements ItemRows {

	static final String COLUMNS = "LOCATION,LOCATION_HASH,STATE,QUEUE_KEY,ERROR_REASON,TEXT_CONTENT";

	private final Path file;
	private final BufferedWriter out;

	ImportFileRows(Path scratch) {
		try {
			Files.createDirectories(scratch);
			file = Files.createTempFile(scratch, "items", ".del");
			out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write items to " + scratch + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void append(String location, long locationHash, int state, int queueKey, String errorReason, String text) {
		try {
			quoted(location);
			out.write(',');
			out.write(Long.toString(locationHash));
			out.write(',');
			out.write(Integer.toString(state));
			out.write(',');
			out.write(Integer.toString(queueKey));
			out.write(',');
			quoted(errorReason);
			out.write(',');
			quoted(text);
			out.write('\n');
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write items to " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes a string between double quotes with inner quotes doubled; null as nothing, which Derby reads as NULL. */
	private void quoted(String value) throws IOException {
		if (value == null) {
			return;
		}
		out.write('"');
		int start = 0;
		for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', start)) {
			out.write(value, start, i - start + 1);
			out.write('"');
			start = i + 1;
		}
		out.write(value, start, value.length() - start);
		out.write('"');
	}

	@Override
	public void store(Connection connection, String table) throws SQLException {
		try {
			out.close();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write items to " + file + ": " + e.getMessage(), e);
		}
		try (CallableStatement call = connection.prepareCall(
				"CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, '1,2,3,4,5,6', ?, ',', '\"', 'UTF-8', 0)")) {
			call.setString(1, table);
			call.setString(2, COLUMNS);
			call.setString(3, file.toAbsolutePath().toString());
			call.execute();
		}

	}

	/**
	 * A bulk load into an empty table gives it new storage; plans that other connections compiled meanwhile still
	 * point to the old one ("conglomerate does not exist"). Called after the load commits: drops them from Derby's
	 * statement cache.
	 */
	@Override
	public void afterCommit(Connection connection) throws SQLException {
		try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_EMPTY_STATEMENT_CACHE()")) {
			call.execute();
		}
		connection.commit();
	}

	@Override
	public void close() {
		try {
			out.close();
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a leftover temporary file in the workspace's tmp folder is harmless
		}
	}
}
