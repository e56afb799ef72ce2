package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;

import org.labelbench.model.ItemState;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.StoreException;

/**
 * Inserts items with JDBC batches on one connection, committing every {@value #COMMIT_EVERY} rows. Item ids continue
 * after the project's highest id; the random queue key gives the queue its random order.
 */
final class DerbyItemWriter implements ItemWriter {

	private static final int BATCH = 1_000;
	private static final int COMMIT_EVERY = 50_000;
	private static final int MAX_LOCATION = 4000;
	private static final int MAX_REASON = 1000;

	private final long projectId;
	private final SplittableRandom random = new SplittableRandom();
	private final Connection connection;
	private final PreparedStatement insert;
	private long nextId;
	private long added;
	private int pending;

	DerbyItemWriter(Transactions tx, long projectId) {
		this.projectId = projectId;
		try {
			connection = tx.source().connect();
			try (PreparedStatement max = connection.prepareStatement("SELECT MAX(ID) FROM ITEM WHERE PROJECT_ID = ?")) {
				max.setLong(1, projectId);
				try (ResultSet rs = max.executeQuery()) {
					nextId = rs.next() ? rs.getLong(1) + 1 : 1;
				}
			}
			insert = connection.prepareStatement(ItemQueries.INSERT);
		} catch (SQLException e) {
			throw Sql.failure("cannot add items", e);
		}
	}

	@Override
	public void add(String location) {
		append(location, ItemState.UNLABELED, null);
	}

	@Override
	public void addError(String location, String reason) {
		append(location, ItemState.ERROR, truncate(reason, MAX_REASON));
	}

	private void append(String location, ItemState state, String reason) {
		if (location.length() > MAX_LOCATION) {
			state = ItemState.ERROR;
			reason = "path longer than " + MAX_LOCATION + " characters";
			location = truncate(location, MAX_LOCATION);
		}
		try {
			insert.setLong(1, projectId);
			insert.setLong(2, nextId++);
			insert.setString(3, location);
			insert.setInt(4, state.getValue());
			insert.setInt(5, random.nextInt());
			insert.setString(6, reason);
			insert.addBatch();
			added++;
			if (++pending % BATCH == 0) {
				insert.executeBatch();
			}
			if (pending >= COMMIT_EVERY) {
				connection.commit();
				pending = 0;
			}
		} catch (SQLException e) {
			throw Sql.failure("cannot add item " + location, e);
		}
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	@Override
	public long added() {
		return added;
	}

	@Override
	public void close() {
		try (Connection c = connection; PreparedStatement ps = insert) {
			ps.executeBatch();
			c.commit();
		} catch (SQLException e) {
			throw new StoreException("cannot commit items: " + Sql.describe(e), e);
		}
	}
}
