package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.LabeledItem;
import org.labelbench.store.StoreException;

/**
 * A consistent view of a project's labels for an export. One serializable statement copies the ids of the current
 * submissions into a temporary table (labelers wait only for that copy); then the rows are read by those ids. A
 * submission row never changes after it is written, so what is read is what was current at the copy.
 */
final class Snapshot {

	private static final int FETCH = 1_000;

	private Snapshot() {
	}

	static void read(Connection c, long projectId, boolean includeDefaults, Consumer<LabeledItem> consumer)
			throws SQLException {
		try (Statement s = c.createStatement()) {
			try {
				s.execute("DECLARE GLOBAL TEMPORARY TABLE SESSION.SNAPSHOT (ITEM_ID BIGINT NOT NULL,"
						+ " SUBMISSION_ID BIGINT NOT NULL) ON COMMIT PRESERVE ROWS NOT LOGGED");
			} catch (SQLException e) {
				if (!Sql.TABLE_EXISTS.equals(e.getSQLState())) {
					throw e;
				}
				s.execute("DELETE FROM SESSION.SNAPSHOT");
			}
		}
		int isolation = c.getTransactionIsolation();
		c.commit();
		c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
		try {
			copy(c, projectId, includeDefaults);
			c.commit(); // the snapshot is taken: from here on labelers go on
		} finally {
			c.setTransactionIsolation(isolation);
		}
		readRows(c, projectId, consumer);
	}

	/** Copies the ids of the labels, and with includeDefaults the prelabels of items that have no labels. */
	private static void copy(Connection c, long projectId, boolean includeDefaults) throws SQLException {
		try (PreparedStatement copy = c.prepareStatement("INSERT INTO SESSION.SNAPSHOT SELECT ITEM_ID, ID FROM"
				+ " SUBMISSION S WHERE PROJECT_ID = ? AND (IS_CURRENT = " + DerbyItemStore.CURRENT
				+ (includeDefaults ? " OR IS_CURRENT = " + DerbyItemStore.KEPT_AS_DEFAULT
						+ " AND NOT EXISTS (SELECT 1 FROM SUBMISSION L WHERE L.PROJECT_ID = S.PROJECT_ID"
						+ " AND L.ITEM_ID = S.ITEM_ID AND L.IS_CURRENT = " + DerbyItemStore.CURRENT + ")" : "")
				+ ")")) {
			copy.setLong(1, projectId);
			copy.executeUpdate();
		}
	}

	private static void readRows(Connection c, long projectId, Consumer<LabeledItem> consumer) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT T.ITEM_ID, I.LOCATION, I.WIDTH, I.HEIGHT, I.TEXT_CONTENT,"
				+ " S.SOURCE, S.ANNOTATIONS FROM SESSION.SNAPSHOT T JOIN SUBMISSION S ON S.ID = T.SUBMISSION_ID"
				+ " JOIN " + ItemTables.table(projectId) + " I ON I.ID = T.ITEM_ID ORDER BY T.ITEM_ID, T.SUBMISSION_ID")) {
			ps.setFetchSize(FETCH);
			try (ResultSet rs = ps.executeQuery(); Pipeline pipeline = new Pipeline(consumer)) {
				while (rs.next()) {
					pipeline.put(new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
							rs.getInt(6), rs.getString(7)));
				}
			}
		}
	}

	/** A row as read, its labels still XMI text. */
	private record Row(long itemId, String location, int width, int height, String text, int source, String xml) {

		LabeledItem parse() {
			return new LabeledItem(itemId, location, width, height, text, ModelXml.fromXml(xml, Submission.class),
					SubmissionSource.get(source));
		}
	}

	/**
	 * Parses the rows' labels and hands them to the consumer on a second thread, in order, while this thread reads
	 * the next rows from the database: the two halves of an export take about the same time.
	 */
	private static final class Pipeline implements AutoCloseable {
		private static final Row END = new Row(-1, null, 0, 0, null, 0, null);

		private final BlockingQueue<Row> rows = new ArrayBlockingQueue<>(FETCH);
		private final AtomicReference<Throwable> failure = new AtomicReference<>();
		private final Thread worker;

		Pipeline(Consumer<LabeledItem> consumer) {
			worker = new Thread(() -> {
				try {
					for (Row row = rows.take(); row != END; row = rows.take()) {
						consumer.accept(row.parse());
					}
				} catch (Throwable t) {
					failure.set(t);
				}
			}, "Labelbench label reader");
			worker.setDaemon(true);
			worker.start();
		}

		void put(Row row) {
			try {
				while (!rows.offer(row, 100, TimeUnit.MILLISECONDS)) {
					rethrow();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				worker.interrupt();
				throw new StoreException("interrupted while reading labels", e);
			}
		}

		private void rethrow() {
			Throwable t = failure.get();
			if (t instanceof RuntimeException e) {
				throw e;
			}
			if (t instanceof Error e) {
				throw e;
			}
			if (t != null) {
				throw new StoreException("reading labels failed: " + t, t);
			}
		}

		@Override
		public void close() {
			try {
				while (worker.isAlive() && !rows.offer(END, 100, TimeUnit.MILLISECONDS)) {
					// the consumer is still busy with earlier rows
				}
				worker.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				worker.interrupt();
			}
			rethrow();
		}
	}
}
