package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.model.ItemState;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/** The labeled items of a project that match a reviewer's filter, a page at a time. */
final class ReviewQuery {

	private final long projectId;
	private final ReviewFilter filter;

	ReviewQuery(long projectId, ReviewFilter filter) {
		this.projectId = projectId;
		this.filter = filter;
	}

	List<ReviewEntry> run(Connection c, long afterItemId, int limit) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT S.ID, S.ITEM_ID, I.LOCATION, S.LABELER, S.SUBMITTED_AT FROM SUBMISSION S"
				+ " JOIN " + ItemTables.table(projectId) + " I ON I.ID = S.ITEM_ID WHERE S.PROJECT_ID = ? AND S.IS_CURRENT = "
				+ DerbyItemStore.CURRENT + " AND I.STATE = " + ItemState.LABELED_VALUE + " AND S.ITEM_ID > ?");
		List<Object> parameters = new ArrayList<>(List.of(projectId, afterItemId));
		if (filter.labeler() != null) {
			sql.append(" AND S.LABELER = ?");
			parameters.add(filter.labeler());
		}
		if (filter.since() != null) {
			sql.append(" AND S.SUBMITTED_AT >= ?");
			parameters.add(Timestamp.from(filter.since()));
		}
		if (filter.until() != null) {
			sql.append(" AND S.SUBMITTED_AT < ?");
			parameters.add(Timestamp.from(filter.until()));
		}
		if (filter.className() != null) {
			sql.append(" AND EXISTS (SELECT 1 FROM SUBMISSION_CLASS C WHERE C.SUBMISSION_ID = S.ID AND C.CLASS_NAME = ?)");
			parameters.add(filter.className());
		}
		sql.append(" ORDER BY S.ITEM_ID FETCH FIRST ? ROWS ONLY");
		parameters.add(limit);
		Map<Long, Object[]> rows = new LinkedHashMap<>();
		try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
			for (int i = 0; i < parameters.size(); i++) {
				ps.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.put(rs.getLong(1), new Object[] { rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getTimestamp(5).toInstant() });
				}
			}
		}
		List<ReviewEntry> entries = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(
				"SELECT CLASS_NAME FROM SUBMISSION_CLASS WHERE SUBMISSION_ID = ? ORDER BY CLASS_NAME")) {
			for (Map.Entry<Long, Object[]> row : rows.entrySet()) {
				ps.setLong(1, row.getKey());
				List<String> classes = new ArrayList<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						classes.add(rs.getString(1));
					}
				}
				Object[] r = row.getValue();
				entries.add(new ReviewEntry((Long) r[0], (String) r[1], (String) r[2], (java.time.Instant) r[3], classes));
			}
		}
		return entries;
	}
}
