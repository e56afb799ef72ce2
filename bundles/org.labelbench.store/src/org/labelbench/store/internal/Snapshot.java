package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.LabeledItem;

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
			int isolation = c.getTransactionIsolation();
			c.commit();
			c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
			// labels, and with includeDefaults the defaults (prelabels) of items that have no labels
			try (PreparedStatement copy = c.prepareStatement("INSERT INTO SESSION.SNAPSHOT SELECT ITEM_ID, ID FROM"
					+ " SUBMISSION S WHERE PROJECT_ID = ? AND (IS_CURRENT = " + DerbyItemStore.CURRENT
					+ (includeDefaults ? " OR IS_CURRENT = " + DerbyItemStore.KEPT_AS_DEFAULT
							+ " AND NOT EXISTS (SELECT 1 FROM SUBMISSION L WHERE L.PROJECT_ID = S.PROJECT_ID"
							+ " AND L.ITEM_ID = S.ITEM_ID AND L.IS_CURRENT = " + DerbyItemStore.CURRENT + ")" : "")
					+ ")")) {
				copy.setLong(1, projectId);
				copy.executeUpdate();
			}
			c.commit(); // the snapshot is taken: from here on labelers go on
			c.setTransactionIsolation(isolation);
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT T.ITEM_ID, I.LOCATION, I.WIDTH, I.HEIGHT, I.TEXT_CONTENT,"
				+ " S.SOURCE, S.ANNOTATIONS FROM SESSION.SNAPSHOT T JOIN SUBMISSION S ON S.ID = T.SUBMISSION_ID"
				+ " JOIN " + ItemTables.table(projectId) + " I ON I.ID = T.ITEM_ID ORDER BY T.ITEM_ID, T.SUBMISSION_ID")) {
			ps.setFetchSize(FETCH);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					consumer.accept(new LabeledItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
							rs.getString(5), ModelXml.fromXml(rs.getString(7), Submission.class),
							SubmissionSource.get(rs.getInt(6))));
				}
			}
		}
	}
}
