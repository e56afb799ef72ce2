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
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.labelbench.store.StoreException;

/**
 * Rows written to delimited files that Derby's import procedure loads. Into an empty table Derby bulk-loads, writing
 * the rows without per-row logging and building each index once, by sorting, at the end: several times faster than
 * inserts. The item table and the queue table load at once on two connections, one sort each; the queue's entries
 * are handed over already sorted, which makes Derby's sort of them cheaper still.
 */
final class ImportFileRows implements ItemRows {

	static final String COLUMNS = "ID,LOCATION,LOCATION_HASH,STATE,QUEUE_KEY,ERROR_REASON,TEXT_CONTENT";

	/** Queue entries are packed into one long each: state, queue key and id, in the queue index's order. */
	private static final int ID_BITS = 29;
	private static final long MAX_ID = (1L << ID_BITS) - 1;

	private final Path scratch;
	private final Path itemsFile;
	private final BufferedWriter out;
	private long[] queue = new long[1 << 16];
	private int queued;
	/** written by the queue's loading thread; read by close() after that thread ended */
	private volatile Path queueFile;

	ImportFileRows(Path scratch) {
		this.scratch = scratch;
		try {
			Files.createDirectories(scratch);
			itemsFile = Files.createTempFile(scratch, "items", ".del");
			out = Files.newBufferedWriter(itemsFile, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write items to " + scratch + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void append(long id, String location, long locationHash, int state, int queueKey, String errorReason,
			String text) {
		if (id > MAX_ID) {
			throw new StoreException("a project holds at most " + MAX_ID + " items");
		}
		try {
			out.write(Long.toString(id));
			out.write(',');
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
			throw new UncheckedIOException("cannot write items to " + itemsFile + ": " + e.getMessage(), e);
		}
		if (queued == queue.length) {
			queue = Arrays.copyOf(queue, queue.length * 2);
		}
		long unsignedKey = (queueKey & 0xFFFF_FFFFL) ^ 0x8000_0000L; // signed order as unsigned bits
		queue[queued++] = ((long) state << (32 + ID_BITS)) | (unsignedKey << ID_BITS) | id;
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
	public void storeAndCommit(Connection connection, ConnectionSource source, long projectId) throws SQLException {
		try {
			out.close();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot write items to " + scratch + ": " + e.getMessage(), e);
		}
		try (Connection queueConnection = source.connect()) {
			// the queue's entries are sorted and written while the items already load
			CompletableFuture<Void> queueLoad = CompletableFuture.runAsync(() -> {
				try {
					queueFile = writeQueue();
					load(queueConnection, ItemTables.queue(projectId), "STATE,QUEUE_KEY,ID", "1,2,3", queueFile);
				} catch (IOException e) {
					throw new UncheckedIOException("cannot write items to " + scratch + ": " + e.getMessage(), e);
				} catch (SQLException e) {
					throw new CompletionException(e);
				}
			}, runnable -> new Thread(runnable, "Labelbench queue load " + projectId).start());
			try {
				load(connection, ItemTables.table(projectId), COLUMNS, "1,2,3,4,5,6,7", itemsFile);
			} finally {
				join(queueLoad);
			}
			connection.commit();
			queueConnection.commit();
			emptyStatementCache(connection);
		}
	}

	private Path writeQueue() throws IOException {
		Arrays.sort(queue, 0, queued);
		Path file = Files.createTempFile(scratch, "queue", ".del");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			for (int i = 0; i < queued; i++) {
				long entry = queue[i];
				int state = (int) (entry >>> (32 + ID_BITS));
				int queueKey = (int) (((entry >>> ID_BITS) & 0xFFFF_FFFFL) ^ 0x8000_0000L);
				writer.write(Integer.toString(state));
				writer.write(',');
				writer.write(Integer.toString(queueKey));
				writer.write(',');
				writer.write(Long.toString(entry & MAX_ID));
				writer.write('\n');
			}
		}
		queue = null;
		return file;
	}

	private static void load(Connection connection, String table, String columns, String fields, Path file)
			throws SQLException {
		try (CallableStatement call = connection.prepareCall(
				"CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, ?, ?, ',', '\"', 'UTF-8', 0)")) {
			call.setString(1, table);
			call.setString(2, columns);
			call.setString(3, fields);
			call.setString(4, file.toAbsolutePath().toString());
			call.execute();
		}
	}

	private static void join(CompletableFuture<Void> load) throws SQLException {
		try {
			load.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof SQLException sql) {
				throw sql;
			}
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure; // the queue file could not be written
			}
			throw e;
		}
	}

	/**
	 * A bulk load into an empty table gives it new storage; plans that other connections compiled meanwhile still
	 * point to the old one ("conglomerate does not exist"). Called after the load commits: drops them from Derby's
	 * statement cache.
	 */
	private static void emptyStatementCache(Connection connection) throws SQLException {
		try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_EMPTY_STATEMENT_CACHE()")) {
			call.execute();
		}
		connection.commit();
	}

	@Override
	public void close() {
		try {
			out.close();
			Files.deleteIfExists(itemsFile);
			if (queueFile != null) {
				Files.deleteIfExists(queueFile);
			}
		} catch (IOException e) {
			// a leftover temporary file in the workspace's tmp folder is harmless
		}
	}
}
