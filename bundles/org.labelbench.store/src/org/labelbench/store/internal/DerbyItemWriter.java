package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.labelbench.model.ItemState;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.StoreException;

/**
 * Loads a new project's items, numbered in the order they come: streamed to files that Derby bulk-loads on commit when
 * the database runs on this machine, or inserted in batches otherwise. All items or none: a failed or canceled load
 * commits nothing, and the project that owns the tables is purged.
 */
final class DerbyItemWriter implements ItemWriter {

	static final int MAX_LOCATION = 4000;
	static final int MAX_REASON = 1000;
	static final int MAX_TEXT = 32_672;

	private final ConnectionSource source;
	private final long projectId;
	private final long seed;
	private final Connection connection;
	private final ItemRows rows;
	private final boolean keyedByRecord;
	private long added;
	private long errors;
	private boolean committed;

	DerbyItemWriter(ConnectionSource source, long projectId, long seed) {
		this.source = source;
		this.projectId = projectId;
		this.seed = seed;
		try {
			connection = source.connect();
			keyedByRecord = ItemTables.keyedByRecord(connection, projectId);
			rows = source.sharedScratch().<ItemRows>map(ImportFileRows::new)
					.orElse(new BatchRows(connection, projectId));
		} catch (SQLException e) {
			throw Sql.failure("cannot add items", e);
		}
	}

	@Override
	public void add(String location) {
		add(location, null);
	}

	@Override
	public void add(String location, String text) {
		if (text != null && text.length() > MAX_TEXT) {
			addError(location, "text is longer than " + MAX_TEXT + " characters");
		} else {
			append(location, ItemState.UNLABELED_VALUE, null, text);
		}
	}

	@Override
	public void addError(String location, String reason) {
		append(location, ItemState.ERROR_VALUE, truncate(reason, MAX_REASON), null);
	}

	private void append(String location, int state, String reason, String text) {
		if (location.length() > MAX_LOCATION) {
			location = truncate(location, MAX_LOCATION);
			state = ItemState.ERROR_VALUE;
			reason = "path longer than " + MAX_LOCATION + " characters";
			text = null;
		}
		long id = added + 1;
		if (keyedByRecord && !location.equals(Long.toString(id))) {
			throw new IllegalStateException("CSV record " + location + " arrived as item " + id);
		}
		long hash = ItemTables.locationHash(location);
		try {
			rows.append(id, location, hash, state, ItemTables.queueKey(hash, seed), reason, text);
		} catch (SQLException e) {
			throw Sql.failure("cannot add item " + location, e);
		}
		added = id;
		if (state == ItemState.ERROR_VALUE) {
			errors++;
		}
	}

	static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	@Override
	public long added() {
		return added;
	}

	@Override
	public ItemCounts counts() {
		return new ItemCounts(added, added - errors, 0, 0, errors, 0, 0);
	}

	@Override
	public void commit() {
		try {
			rows.storeAndCommit(connection, source, projectId);
			committed = true;
		} catch (SQLException e) {
			throw new StoreException("cannot store the items of project " + projectId + ": " + Sql.describe(e), e);
		}
	}

	@Override
	public void close() {
		rows.close();
		try (Connection c = connection) {
			if (!committed) {
				c.rollback();
			}
		} catch (SQLException e) {
			// nothing was committed; the connection is gone either way
		}
	}
}
