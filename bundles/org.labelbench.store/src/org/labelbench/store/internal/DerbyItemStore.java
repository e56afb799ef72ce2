package org.labelbench.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.ItemWriter;

/** Items as rows of table ITEM; the task queue is its index ITEM_QUEUE. */
final class DerbyItemStore implements ItemStore {

	private final Transactions tx;

	DerbyItemStore(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public ItemWriter writer(long projectId) {
		return new DerbyItemWriter(tx, projectId);
	}

	@Override
	public ItemCounts counts(long projectId) {
		return tx.run("count items", c -> {
			long[] byState = new long[ItemState.VALUES.size()];
			long skipped = 0;
			long rejected = 0;
			try (PreparedStatement ps = c.prepareStatement(ItemQueries.COUNTS)) {
				ps.setLong(1, projectId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						int state = rs.getInt(1);
						ItemEventKind event = ItemQueries.event(rs.getInt(2), rs.wasNull());
						long count = rs.getLong(3);
						byState[state] += count;
						if (state == ItemState.UNLABELED_VALUE && event == ItemEventKind.SKIP) {
							skipped += count;
						} else if (state == ItemState.UNLABELED_VALUE && event == ItemEventKind.REJECT) {
							rejected += count;
						}
					}
				}
			}
			long total = 0;
			for (long n : byState) {
				total += n;
			}
			return new ItemCounts(total, byState[ItemState.UNLABELED_VALUE], byState[ItemState.IN_TASK_VALUE],
					byState[ItemState.LABELED_VALUE], byState[ItemState.ERROR_VALUE], skipped, rejected);
		});
	}

	@Override
	public Map<String, Long> labelCounts(long projectId) {
		return tx.run("count labels", c -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			try (PreparedStatement ps = c.prepareStatement(ItemQueries.LABEL_COUNTS)) {
				ps.setLong(1, projectId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						counts.put(rs.getString(1), rs.getLong(2));
					}
				}
			}
			return counts;
		});
	}

	@Override
	public Optional<ItemRecord> claimNext(long projectId, String labeler) {
		return tx.run("claim the next item", c -> {
			// optimistic: take the head of the queue; if a concurrent claimer took an entry first, try the next one
			while (true) {
				List<Long> candidates = new ArrayList<>();
				try (PreparedStatement ps = c.prepareStatement(ItemQueries.CLAIM_CANDIDATES)) {
					ps.setLong(1, projectId);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							candidates.add(rs.getLong(1));
						}
					}
				}
				if (candidates.isEmpty()) {
					return Optional.empty();
				}
				try (PreparedStatement claim = c.prepareStatement(ItemQueries.CLAIM)) {
					for (long id : candidates) {
						claim.setString(1, labeler);
						claim.setLong(2, projectId);
						claim.setLong(3, id);
						if (claim.executeUpdate() == 1) {
							return find(c, projectId, id);
						}
					}
				}
				c.commit();
			}
		});
	}

	@Override
	public Optional<ItemRecord> find(long projectId, long itemId) {
		return tx.run("read item " + itemId, c -> find(c, projectId, itemId));
	}

	private static Optional<ItemRecord> find(java.sql.Connection c, long projectId, long itemId) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(ItemQueries.COLUMNS + " WHERE PROJECT_ID = ? AND ID = ?")) {
			ps.setLong(1, projectId);
			ps.setLong(2, itemId);
			List<ItemRecord> records = read(ps);
			return records.stream().findFirst();
		}
	}

	@Override
	public List<ItemRecord> page(long projectId, ItemState state, long afterId, int limit) {
		return tx.run("list items", c -> {
			try (PreparedStatement ps = c.prepareStatement(ItemQueries.COLUMNS
					+ " WHERE PROJECT_ID = ? AND STATE = ? AND ID > ? ORDER BY ID FETCH FIRST " + limit + " ROWS ONLY")) {
				ps.setLong(1, projectId);
				ps.setInt(2, state.getValue());
				ps.setLong(3, afterId);
				return read(ps);
			}
		});
	}

	private static List<ItemRecord> read(PreparedStatement ps) throws SQLException {
		List<ItemRecord> records = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				int event = rs.getInt(5);
				records.add(new ItemRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), ItemState.get(rs.getInt(4)),
						ItemQueries.event(event, rs.wasNull()), rs.getString(6)));
			}
		}
		return records;
	}
}
