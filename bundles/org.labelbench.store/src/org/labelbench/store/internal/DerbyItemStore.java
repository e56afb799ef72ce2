package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongUnaryOperator;

import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.AddedItems;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.LabeledItem;
import org.labelbench.store.NewItemSource;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/** Items as rows of their project's table (see {@link ItemTables}); labels as submissions. */
public final class DerbyItemStore implements ItemStore {

	static final int CURRENT = 1;
	static final int KEPT_AS_DEFAULT = 2;
	static final int HISTORY = 0;
	/** queue entries read at a time when claiming: the ones concurrent claimers took first are passed over */
	private static final int CANDIDATES = 4;
	/** how often a process returns expired claims of a project to its queue */
	private static final long LEASE_SWEEP_MS = 10_000;

	private final Transactions tx;
	private final LongUnaryOperator seeds;
	private final Map<Long, Long> lastSweep = new ConcurrentHashMap<>();

	/** @param seeds the queue seed of each project */
	DerbyItemStore(Transactions tx, LongUnaryOperator seeds) {
		this.tx = tx;
		this.seeds = seeds;
	}

	private static String columns(long projectId) {
		return "SELECT ID, LOCATION, STATE, LAST_EVENT, ERROR_REASON FROM " + ItemTables.table(projectId);
	}

	@Override
	public ItemWriter writer(long projectId) {
		return new DerbyItemWriter(tx.source(), projectId, seeds.applyAsLong(projectId));
	}

	@Override
	public AddedItems addNew(long projectId, NewItemSource items, long limit) {
		return new Refresh(tx, projectId, seeds.applyAsLong(projectId)).add(items, limit);
	}

	@Override
	public ItemCounts counts(long projectId) {
		return tx.run("count items", c -> {
			long[] byState = new long[ItemState.VALUES.size()];
			long skipped = 0;
			long rejected = 0;
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT STATE, LAST_EVENT, COUNT(*) FROM "
					+ ItemTables.table(projectId) + " GROUP BY STATE, LAST_EVENT")) {
				while (rs.next()) {
					int state = rs.getInt(1);
					ItemEventKind event = event(rs.getInt(2), rs.wasNull());
					long count = rs.getLong(3);
					byState[state] += count;
					if (state == ItemState.UNLABELED_VALUE && event == ItemEventKind.SKIP) {
						skipped += count;
					} else if (state == ItemState.UNLABELED_VALUE && event == ItemEventKind.REJECT) {
						rejected += count;
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
	public long labeledCount(long projectId) {
		return tx.run("count the labeled items", c -> {
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(labeledCountSql(projectId))) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	/** @return the SQL that counts a project's labeled items; tests check that Derby reads only the queue index */
	public static String labeledCountSql(long projectId) {
		return "SELECT COUNT(*) FROM " + ItemTables.queue(projectId) + " WHERE STATE = " + ItemState.LABELED_VALUE;
	}

	@Override
	public Map<String, Long> labelCounts(long projectId) {
		return tx.run("count labels", c -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT C.CLASS_NAME, COUNT(*) FROM SUBMISSION S"
					+ " JOIN SUBMISSION_CLASS C ON C.SUBMISSION_ID = S.ID WHERE S.PROJECT_ID = ? AND S.IS_CURRENT = "
					+ CURRENT + " GROUP BY C.CLASS_NAME")) {
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
	public long labeledBy(long projectId, String labeler, Instant since) {
		return tx.run("count the labels of " + labeler, c -> {
			try (PreparedStatement ps = c.prepareStatement(LABELED_BY)) {
				ps.setLong(1, projectId);
				ps.setString(2, labeler);
				ps.setTimestamp(3, Timestamp.from(since == null ? Instant.EPOCH : since));
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		});
	}

	/** Counts a labeler's current labels since a time; tests check that Derby reads only the labeler's index range. */
	public static final String LABELED_BY = "SELECT COUNT(*) FROM SUBMISSION WHERE PROJECT_ID = ? AND LABELER = ?"
			+ " AND IS_CURRENT = " + CURRENT + " AND SUBMITTED_AT >= ?";

	/**
	 * The SQL that finds the head of a project's queue; tests check that Derby serves it from the queue index alone.
	 */
	public static String claimCandidates(long projectId) {
		return "SELECT QUEUE_KEY, ID FROM " + ItemTables.queue(projectId) + " WHERE STATE = " + ItemState.UNLABELED_VALUE
				+ " ORDER BY QUEUE_KEY, ID FETCH FIRST ? ROWS ONLY";
	}

	@Override
	public List<ItemRecord> claimTask(long projectId, String labeler, int size, Duration lease) {
		returnExpiredClaims(projectId, lease);
		List<ItemRecord> task = new ArrayList<>();
		// one transaction per item: a claimer never holds a claimed row while it reads the queue again, so claimers
		// cannot deadlock each other; each claimed item is durable at once
		for (int i = 0; i < size; i++) {
			Optional<ItemRecord> item = tx.run("claim a task", c -> claimOne(c, projectId, labeler));
			if (item.isEmpty()) {
				break;
			}
			task.add(item.get());
		}
		return task;
	}

	/**
	 * Takes the first of the labeler's assigned items, else the first unassigned queue entry, that no concurrent
	 * claimer took first. An item assigned to someone else is never among the candidates.
	 */
	private static Optional<ItemRecord> claimOne(Connection c, long projectId, String labeler) throws SQLException {
		try (PreparedStatement mine = c.prepareStatement(ASSIGNED_CANDIDATES)) {
			mine.setLong(1, projectId);
			mine.setString(2, labeler);
			mine.setInt(3, CANDIDATES);
			Optional<ItemRecord> assigned = claimFrom(c, projectId, labeler, mine, QueueEntries.ASSIGNED, labeler);
			if (assigned.isPresent()) {
				return assigned;
			}
		}
		try (PreparedStatement head = c.prepareStatement(claimCandidates(projectId))) {
			head.setInt(1, CANDIDATES);
			return claimFrom(c, projectId, labeler, head, ItemState.UNLABELED_VALUE, null);
		}
	}

	/**
	 * The head of a labeler's assigned items, from the primary key of QUEUE_ASSIGNMENT alone; tests check the plan.
	 */
	public static final String ASSIGNED_CANDIDATES = "SELECT QUEUE_KEY, ITEM_ID FROM QUEUE_ASSIGNMENT"
			+ " WHERE PROJECT_ID = ? AND ASSIGNEE = ? ORDER BY QUEUE_KEY, ITEM_ID FETCH FIRST ? ROWS ONLY";

	private static Optional<ItemRecord> claimFrom(Connection c, long projectId, String labeler,
			PreparedStatement candidatesQuery, int queueState, String assignee) throws SQLException {
		try (PreparedStatement claim = c.prepareStatement("UPDATE " + ItemTables.table(projectId) + " SET STATE = "
				+ ItemState.IN_TASK_VALUE + ", CLAIMED_BY = ?, CLAIMED_AT = ? WHERE ID = ?")) {
			while (true) {
				List<long[]> candidates = queueEntries(candidatesQuery);
				if (candidates.isEmpty()) {
					return Optional.empty();
				}
				for (long[] entry : candidates) {
					Timestamp now = Timestamp.from(Instant.now());
					QueueEntries.Position from = new QueueEntries.Position(queueState, (int) entry[0], assignee);
					if (QueueEntries.move(c, projectId, from, entry[1], ItemState.IN_TASK_VALUE, now)) {
						claim.setString(1, labeler);
						claim.setTimestamp(2, now);
						claim.setLong(3, entry[1]);
						claim.executeUpdate();
						return find(c, projectId, entry[1]);
					}
					// another claimer took it; Derby keeps the lock the failed delete took on the taken entry until
					// the transaction ends, and a claimer holding such locks while it reads the queue again
					// deadlocks with another doing the same: end the (so far empty) transaction first
					c.rollback();
				}
			}
		}
	}

	@Override
	public long putFirstInQueue(long projectId, long[] itemIds) {
		return new QueueOrder(tx, projectId).putFirst(itemIds);
	}

	private void returnExpiredClaims(long projectId, Duration lease) {
		long now = System.currentTimeMillis();
		Long last = lastSweep.get(projectId);
		if (last != null && now - last < Math.min(LEASE_SWEEP_MS, lease.toMillis())) {
			return;
		}
		lastSweep.put(projectId, now);
		tx.run("return expired tasks to the queue", c -> {
			// the expired entries first, from the queue index (claimed items are few), then each by its keys: a
			// single UPDATE ... WHERE ID IN (subquery) made Derby scan the whole item table
			List<long[]> expired = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT QUEUE_KEY, ID FROM " + ItemTables.queue(projectId)
					+ " WHERE STATE = " + ItemState.IN_TASK_VALUE + " AND CLAIMED_AT < ?")) {
				ps.setTimestamp(1, Timestamp.from(Instant.ofEpochMilli(now).minus(lease)));
				expired.addAll(queueEntries(ps));
			}
			try (PreparedStatement item = c.prepareStatement("UPDATE " + ItemTables.table(projectId) + " SET STATE = "
					+ ItemState.UNLABELED_VALUE + ", CLAIMED_BY = NULL, CLAIMED_AT = NULL WHERE ID = ?")) {
				for (long[] e : expired) {
					QueueEntries.Position from = QueueEntries.position(c, projectId, e[1],
							"STATE = " + ItemState.IN_TASK_VALUE);
					if (from != null) { // not submitted meanwhile
						item.setLong(1, e[1]);
						item.executeUpdate();
						QueueEntries.move(c, projectId, from, e[1], ItemState.UNLABELED_VALUE, null);
					}
				}
			}
			return expired.size();
		});
	}

	@Override
	public long assign(long projectId, List<Long> itemIds, String assignee) {
		return tx.run("assign items to " + assignee, c -> {
			long assigned = 0;
			for (long itemId : itemIds) {
				if (assignOne(c, projectId, itemId, assignee, "STATE <> " + ItemState.ERROR_VALUE)) {
					assigned++;
				}
			}
			return assigned;
		});
	}

	@Override
	public long assignQueued(long projectId, String assignee, long count) {
		long assigned = 0;
		while (assigned < count) {
			int chunk = (int) Math.min(ASSIGN_CHUNK, count - assigned);
			long done = tx.run("assign queued items to " + assignee, c -> assignHead(c, projectId, assignee, chunk));
			if (done < 0) {
				break; // the unassigned queue is empty
			}
			assigned += done;
		}
		return assigned;
	}

	/** items assigned in one transaction, so that a large share does not hold the queue for long */
	private static final int ASSIGN_CHUNK = 1_000;

	/**
	 * Assigns the head of the unassigned queue in batches: each item's row first (which fails for one a claimer took
	 * meanwhile), then the queue entries of those that changed.
	 *
	 * @return how many were assigned, or -1 when the unassigned queue is empty
	 */
	private static long assignHead(Connection c, long projectId, String assignee, int chunk) throws SQLException {
		List<long[]> head;
		try (PreparedStatement ps = c.prepareStatement(claimCandidates(projectId))) {
			ps.setInt(1, chunk);
			head = queueEntries(ps);
		}
		if (head.isEmpty()) {
			return -1;
		}
		int[] updated;
		try (PreparedStatement items = c.prepareStatement("UPDATE " + ItemTables.table(projectId) + " SET ASSIGNEE = ?"
				+ " WHERE ID = ? AND STATE = " + ItemState.UNLABELED_VALUE + " AND ASSIGNEE IS NULL")) {
			for (long[] entry : head) {
				items.setString(1, assignee);
				items.setLong(2, entry[1]);
				items.addBatch();
			}
			updated = items.executeBatch();
		}
		long assigned = 0;
		try (PreparedStatement delete = c.prepareStatement(QueueEntries.deleteSql(projectId));
				PreparedStatement insert = c.prepareStatement("INSERT INTO " + ItemTables.queue(projectId)
						+ " (STATE, QUEUE_KEY, ID) VALUES (" + QueueEntries.ASSIGNED + ", ?, ?)");
				PreparedStatement assignment = c.prepareStatement("INSERT INTO QUEUE_ASSIGNMENT (PROJECT_ID, ASSIGNEE,"
						+ " QUEUE_KEY, ITEM_ID) VALUES (?, ?, ?, ?)")) {
			for (int i = 0; i < head.size(); i++) {
				if (updated[i] != 1) {
					continue;
				}
				long[] entry = head.get(i);
				delete.setInt(1, ItemState.UNLABELED_VALUE);
				delete.setInt(2, (int) entry[0]);
				delete.setLong(3, entry[1]);
				delete.addBatch();
				insert.setInt(1, (int) entry[0]);
				insert.setLong(2, entry[1]);
				insert.addBatch();
				assignment.setLong(1, projectId);
				assignment.setString(2, assignee);
				assignment.setInt(3, (int) entry[0]);
				assignment.setLong(4, entry[1]);
				assignment.addBatch();
				assigned++;
			}
			delete.executeBatch();
			insert.executeBatch();
			assignment.executeBatch();
		}
		return assigned;
	}

	/**
	 * Sets an item's assignee (null: none); a queued item moves into the assignee's part of the queue at once, any
	 * other goes there when it returns to the queue (skipped, rejected, its lease expired).
	 */
	private static boolean assignOne(Connection c, long projectId, long itemId, String assignee, String states)
			throws SQLException {
		QueueEntries.Position position = QueueEntries.position(c, projectId, itemId, states);
		if (position == null) {
			return false;
		}
		try (PreparedStatement ps = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
				+ " SET ASSIGNEE = ? WHERE ID = ?")) {
			ps.setString(1, assignee);
			ps.setLong(2, itemId);
			ps.executeUpdate();
		}
		if (position.itemState() == ItemState.UNLABELED_VALUE) {
			QueueEntries.move(c, projectId, position, itemId, ItemState.UNLABELED_VALUE, assignee, null);
		}
		return true;
	}

	@Override
	public Map<String, Long> assignedCounts(long projectId) {
		return tx.run("count assigned items", c -> {
			Map<String, Long> counts = new java.util.TreeMap<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT ASSIGNEE, COUNT(*) FROM QUEUE_ASSIGNMENT"
					+ " WHERE PROJECT_ID = ? GROUP BY ASSIGNEE")) {
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
	public long unassignedQueued(long projectId) {
		return tx.run("count the unassigned queue", c -> {
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM "
					+ ItemTables.queue(projectId) + " WHERE STATE = " + ItemState.UNLABELED_VALUE)) {
				rs.next();
				return rs.getLong(1);
			}
		});
	}

	@Override
	public Optional<String> assignee(long projectId, long itemId) {
		return tx.run("read the assignee of item " + itemId, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT ASSIGNEE FROM " + ItemTables.table(projectId)
					+ " WHERE ID = ?")) {
				ps.setLong(1, itemId);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
				}
			}
		});
	}

	private static List<long[]> queueEntries(PreparedStatement ps) throws SQLException {
		List<long[]> entries = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				entries.add(new long[] { rs.getInt(1), rs.getLong(2) });
			}
		}
		return entries;
	}

	@Override
	public Optional<ItemRecord> find(long projectId, long itemId) {
		return tx.run("read item " + itemId, c -> find(c, projectId, itemId));
	}

	private static Optional<ItemRecord> find(Connection c, long projectId, long itemId) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(columns(projectId) + " WHERE ID = ?")) {
			ps.setLong(1, itemId);
			return read(ps, projectId).stream().findFirst();
		}
	}

	@Override
	public Optional<ItemRecord> findByLocation(long projectId, String location) {
		return tx.run("find item " + location, c -> {
			if (ItemTables.keyedByRecord(c, projectId)) { // a CSV record's location is its number, which is its id
				long id;
				try {
					id = Long.parseLong(location);
				} catch (NumberFormatException e) {
					return Optional.<ItemRecord>empty();
				}
				return find(c, projectId, id).filter(item -> item.location().equals(location));
			}
			try (PreparedStatement ps = c.prepareStatement(columns(projectId)
					+ " WHERE LOCATION_HASH = ? AND LOCATION = ?")) {
				ps.setLong(1, ItemTables.locationHash(location));
				ps.setString(2, location);
				return read(ps, projectId).stream().findFirst();
			}
		});
	}

	@Override
	public Optional<String> text(long projectId, long itemId) {
		return tx.run("read item text", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT TEXT_CONTENT FROM " + ItemTables.table(projectId)
					+ " WHERE ID = ?")) {
				ps.setLong(1, itemId);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public List<ItemRecord> page(long projectId, ItemState state, long afterId, int limit) {
		return page(projectId, state, null, afterId, limit);
	}

	@Override
	public List<ItemRecord> page(long projectId, ItemState state, ItemEventKind lastEvent, long afterId, int limit) {
		String where = (state == null ? "" : " AND STATE = " + state.getValue())
				+ (lastEvent == null ? "" : " AND LAST_EVENT = " + lastEvent.getValue());
		return tx.run("list items", c -> {
			try (PreparedStatement ps = c.prepareStatement(columns(projectId) + " WHERE ID > ?" + where
					+ " ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
				ps.setLong(1, afterId);
				ps.setInt(2, limit);
				return read(ps, projectId);
			}
		});
	}

	@Override
	public List<ItemRecord> page(long projectId, long afterId, int limit) {
		return tx.run("list items", c -> {
			try (PreparedStatement ps = c.prepareStatement(columns(projectId)
					+ " WHERE ID > ? ORDER BY ID FETCH FIRST ? ROWS ONLY")) {
				ps.setLong(1, afterId);
				ps.setInt(2, limit);
				return read(ps, projectId);
			}
		});
	}

	@Override
	public boolean markError(long projectId, long itemId, String reason) {
		return tx.run("mark item " + itemId + " as broken", c -> moveError(c, projectId, itemId,
				ItemState.UNLABELED_VALUE + ", " + ItemState.IN_TASK_VALUE, ItemState.ERROR_VALUE,
				DerbyItemWriter.truncate(reason, DerbyItemWriter.MAX_REASON)));
	}

	@Override
	public boolean clearError(long projectId, long itemId) {
		return tx.run("return item " + itemId + " to the queue", c -> moveError(c, projectId, itemId,
				Integer.toString(ItemState.ERROR_VALUE), ItemState.UNLABELED_VALUE, null));
	}

	/** Moves an item in one of the states {@code from} to {@code to}, in its row and in its queue entry. */
	private static boolean moveError(Connection c, long projectId, long itemId, String from, int to, String reason)
			throws SQLException {
		QueueEntries.Position position = QueueEntries.position(c, projectId, itemId, "STATE IN (" + from + ")");
		if (position == null) {
			return false;
		}
		try (PreparedStatement item = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
				+ " SET STATE = ?, ERROR_REASON = ?, CLAIMED_BY = NULL, CLAIMED_AT = NULL WHERE ID = ? AND STATE = ?")) {
			item.setInt(1, to);
			item.setString(2, reason);
			item.setLong(3, itemId);
			item.setInt(4, position.itemState());
			if (item.executeUpdate() != 1) {
				return false; // changed meanwhile, e.g. labeled
			}
			QueueEntries.move(c, projectId, position, itemId, to, null);
			return true;
		}
	}

	@Override
	public void submit(long projectId, Submission submission, List<String> classes, SubmissionSource source) {
		tx.run("save the labels of item " + submission.getItemId(), c -> {
			store(c, projectId, submission, classes, source, CURRENT);
			return setState(c, projectId, submission.getItemId(), ItemState.LABELED_VALUE, null);
		});
	}

	@Override
	public long submitAll(long projectId, Iterable<org.labelbench.store.PendingSubmission> submissions,
			SubmissionSource source, boolean asDefaults) {
		return tx.run("import labels", c -> {
			long stored = 0;
			try (PreparedStatement size = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
					+ " SET WIDTH = ?, HEIGHT = ? WHERE ID = ?")) {
				for (var pending : submissions) { // an Iterable: a retried transaction reads it again from the start
					Submission submission = pending.submission();
					store(c, projectId, submission, pending.classes(), source, asDefaults ? KEPT_AS_DEFAULT : CURRENT);
					if (!asDefaults) {
						setState(c, projectId, submission.getItemId(), ItemState.LABELED_VALUE, null);
					}
					if (pending.width() > 0) {
						size.setInt(1, pending.width());
						size.setInt(2, pending.height());
						size.setLong(3, submission.getItemId());
						size.executeUpdate();
					}
					stored++;
				}
			}
			return stored;
		});
	}

	/** Inserts a submission with its classes, retiring the item's earlier labels of the kinds it replaces. */
	private static void store(Connection c, long projectId, Submission submission, List<String> classes,
			SubmissionSource source, int kind) throws SQLException {
		Instant at = submission.getSubmittedAt() != null ? submission.getSubmittedAt().toInstant() : Instant.now();
		if (kind == CURRENT) {
			retire(c, projectId, submission.getItemId(), CURRENT, KEPT_AS_DEFAULT);
		} else {
			retire(c, projectId, submission.getItemId(), KEPT_AS_DEFAULT);
		}
		long id;
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO SUBMISSION (PROJECT_ID, ITEM_ID, LABELER,"
				+ " SUBMITTED_AT, SOURCE, IS_CURRENT, ANNOTATIONS) VALUES (?, ?, ?, ?, ?, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			ps.setLong(1, projectId);
			ps.setLong(2, submission.getItemId());
			ps.setString(3, submission.getLabeler());
			ps.setTimestamp(4, Timestamp.from(at));
			ps.setInt(5, source.getValue());
			ps.setInt(6, kind);
			ps.setString(7, ModelXml.toXml(submission));
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				id = keys.getLong(1);
			}
		}
		try (PreparedStatement ps = c.prepareStatement(
				"INSERT INTO SUBMISSION_CLASS (SUBMISSION_ID, CLASS_NAME) VALUES (?, ?)")) {
			for (String name : classes.stream().distinct().toList()) {
				ps.setLong(1, id);
				ps.setString(2, name);
				ps.addBatch();
			}
			ps.executeBatch();
		}
	}

	private static void retire(Connection c, long projectId, long itemId, int... kinds) throws SQLException {
		for (int kind : kinds) {
			try (PreparedStatement ps = c.prepareStatement("UPDATE SUBMISSION SET IS_CURRENT = " + HISTORY
					+ " WHERE PROJECT_ID = ? AND ITEM_ID = ? AND IS_CURRENT = " + kind)) {
				ps.setLong(1, projectId);
				ps.setLong(2, itemId);
				ps.executeUpdate();
			}
		}
	}

	/** Moves an item to a state, in its row and in its queue entry; items in error stay in error. */
	private static int setState(Connection c, long projectId, long itemId, int state, ItemEventKind event)
			throws SQLException {
		QueueEntries.Position from = QueueEntries.position(c, projectId, itemId, "STATE <> " + ItemState.ERROR_VALUE);
		if (from == null) {
			throw new InvalidInputException("item " + itemId + " does not exist or cannot be labeled");
		}
		try (PreparedStatement item = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
				+ " SET STATE = ?, LAST_EVENT = ?, CLAIMED_BY = NULL, CLAIMED_AT = NULL WHERE ID = ?")) {
			item.setInt(1, state);
			if (event == null) {
				item.setNull(2, java.sql.Types.SMALLINT);
			} else {
				item.setInt(2, event.getValue());
			}
			item.setLong(3, itemId);
			int updated = item.executeUpdate();
			QueueEntries.move(c, projectId, from, itemId, state, null);
			return updated;
		}
	}

	@Override
	public Optional<Submission> currentSubmission(long projectId, long itemId) {
		return submission(projectId, itemId, CURRENT);
	}

	@Override
	public Optional<Submission> defaultSubmission(long projectId, long itemId) {
		return submission(projectId, itemId, KEPT_AS_DEFAULT);
	}

	private Optional<Submission> submission(long projectId, long itemId, int kind) {
		return tx.run("read the labels of item " + itemId, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT ANNOTATIONS, SOURCE FROM SUBMISSION WHERE"
					+ " PROJECT_ID = ? AND ITEM_ID = ? AND IS_CURRENT = " + kind
					+ " ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY")) {
				ps.setLong(1, projectId);
				ps.setLong(2, itemId);
				try (ResultSet rs = ps.executeQuery()) {
					if (!rs.next()) {
						return Optional.empty();
					}
					// the SOURCE column is what the submitter stored it as (an import's prelabel, say)
					Submission submission = ModelXml.fromXml(rs.getString(1), Submission.class);
					submission.setSource(SubmissionSource.get(rs.getInt(2)));
					return Optional.of(submission);
				}
			}
		});
	}

	@Override
	public void skip(long projectId, long itemId, String labeler) {
		tx.run("skip item " + itemId, c -> {
			setState(c, projectId, itemId, ItemState.UNLABELED_VALUE, ItemEventKind.SKIP);
			return event(c, projectId, itemId, ItemEventKind.SKIP, labeler, null);
		});
	}

	@Override
	public void reject(long projectId, long itemId, String reviewer, String reason) {
		tx.run("reject item " + itemId, c -> {
			retire(c, projectId, itemId, CURRENT);
			setState(c, projectId, itemId, ItemState.UNLABELED_VALUE, ItemEventKind.REJECT);
			return event(c, projectId, itemId, ItemEventKind.REJECT, reviewer, reason);
		});
	}

	private static int event(Connection c, long projectId, long itemId, ItemEventKind kind, String actor, String reason)
			throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("INSERT INTO ITEM_EVENT (PROJECT_ID, ITEM_ID, KIND, ACTOR,"
				+ " OCCURRED_AT, REASON) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
			ps.setLong(1, projectId);
			ps.setLong(2, itemId);
			ps.setInt(3, kind.getValue());
			ps.setString(4, actor);
			ps.setString(5, reason == null ? null : DerbyItemWriter.truncate(reason, DerbyItemWriter.MAX_REASON));
			return ps.executeUpdate();
		}
	}

	@Override
	public void forEachLabeled(long projectId, boolean includeDefaults, java.util.function.Consumer<LabeledItem> consumer) {
		tx.runOnce("read the labels of project " + projectId, c -> {
			Snapshot.read(c, projectId, includeDefaults, consumer);
			return null;
		});
	}

	@Override
	public void forEachItem(long projectId, java.util.function.Consumer<ItemRecord> consumer) {
		tx.runOnce("read the items of project " + projectId, c -> {
			try (PreparedStatement ps = c.prepareStatement(columns(projectId) + " ORDER BY ID")) {
				ps.setFetchSize(1_000);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						int event = rs.getInt(4);
						consumer.accept(new ItemRecord(projectId, rs.getLong(1), rs.getString(2),
								ItemState.get(rs.getInt(3)), event(event, rs.wasNull()), rs.getString(5)));
					}
				}
			}
			return null;
		});
	}

	@Override
	public void setImageSize(long projectId, long itemId, int width, int height) {
		tx.run("record the size of item " + itemId, c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE " + ItemTables.table(projectId)
					+ " SET WIDTH = ?, HEIGHT = ? WHERE ID = ?")) {
				ps.setInt(1, width);
				ps.setInt(2, height);
				ps.setLong(3, itemId);
				return ps.executeUpdate();
			}
		});
	}

	@Override
	public Optional<int[]> imageSize(long projectId, long itemId) {
		return tx.run("read the size of item " + itemId, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT WIDTH, HEIGHT FROM " + ItemTables.table(projectId)
					+ " WHERE ID = ? AND WIDTH IS NOT NULL")) {
				ps.setLong(1, itemId);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.of(new int[] { rs.getInt(1), rs.getInt(2) }) : Optional.<int[]>empty();
				}
			}
		});
	}

	@Override
	public List<ReviewEntry> labeled(long projectId, ReviewFilter filter, long afterItemId, int limit) {
		return tx.run("list labeled items", c -> new ReviewQuery(projectId, filter).run(c, afterItemId, limit));
	}

	@Override
	public void requeueAll(long projectId, boolean keepAsDefaults) {
		tx.run("put every item back in the queue", c -> {
			try (PreparedStatement ps = c.prepareStatement(keepAsDefaults
					? "UPDATE SUBMISSION SET IS_CURRENT = " + KEPT_AS_DEFAULT + " WHERE PROJECT_ID = ? AND IS_CURRENT = "
							+ CURRENT
					: "UPDATE SUBMISSION SET IS_CURRENT = " + HISTORY + " WHERE PROJECT_ID = ? AND IS_CURRENT IN ("
							+ CURRENT + ", " + KEPT_AS_DEFAULT + ")")) {
				ps.setLong(1, projectId);
				ps.executeUpdate();
			}
			String taskOrLabeled = " WHERE STATE IN (" + ItemState.IN_TASK_VALUE + ", " + ItemState.LABELED_VALUE + ")";
			try (Statement s = c.createStatement()) {
				// a restart begins the queue anew: assignments end with it
				s.executeUpdate("DELETE FROM QUEUE_ASSIGNMENT WHERE PROJECT_ID = " + projectId);
				s.executeUpdate("UPDATE " + ItemTables.table(projectId) + " SET ASSIGNEE = NULL WHERE ASSIGNEE IS NOT NULL");
				s.executeUpdate("UPDATE " + ItemTables.queue(projectId) + " SET STATE = " + ItemState.UNLABELED_VALUE
						+ ", CLAIMED_AT = NULL WHERE STATE IN (" + ItemState.IN_TASK_VALUE + ", " + ItemState.LABELED_VALUE
						+ ", " + QueueEntries.ASSIGNED + ")");
				return s.executeUpdate("UPDATE " + ItemTables.table(projectId) + " SET STATE = "
						+ ItemState.UNLABELED_VALUE + ", CLAIMED_BY = NULL, CLAIMED_AT = NULL" + taskOrLabeled);
			}
		});
	}

	static List<ItemRecord> read(PreparedStatement ps, long projectId) throws SQLException {
		List<ItemRecord> records = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				int event = rs.getInt(4);
				ItemEventKind lastEvent = event(event, rs.wasNull()); // before another column is read
				records.add(new ItemRecord(projectId, rs.getLong(1), rs.getString(2), ItemState.get(rs.getInt(3)),
						lastEvent, rs.getString(5)));
			}
		}
		return records;
	}

	static ItemEventKind event(int value, boolean wasNull) {
		return wasNull ? null : ItemEventKind.get(value);
	}
}
