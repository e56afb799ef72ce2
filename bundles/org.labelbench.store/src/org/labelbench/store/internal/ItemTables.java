package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each project keeps its items in two tables of its own. {@code ITEMS_<project id>} holds one row per item, keyed by
 * the item's id: its location, state, error, claim, text and image size. {@code QUEUE_<project id>} mirrors the state
 * of every item with its queue key, indexed by (state, queue key, id): the next item is the first unlabeled entry in
 * that order, the queue key being a seeded hash of the location. Two tables rather than one table with two indexes
 * because a new project's two tables are bulk-loaded at once, on two connections, each building one index: Derby builds
 * indexes by sorting, one sort per load, and two loads use both cores.
 * <p>
 * Items of a CSV file are keyed by their record number, so they are found by id and need no index on their location;
 * items of a folder are numbered in path order and found through an index on a hash of their path. A deleted project's
 * items go with two DROPs.
 */
public final class ItemTables {

	/** by database and project id: each workspace numbers its projects from 1, and a process may open several */
	private static final Map<String, Boolean> BY_RECORD = new ConcurrentHashMap<>();

	private ItemTables() {
	}

	/** @return the name of a project's item table */
	public static String table(long projectId) {
		return "ITEMS_" + projectId;
	}

	/** @return the name of a project's queue table */
	public static String queue(long projectId) {
		return "QUEUE_" + projectId;
	}

	/** @return the name of the index that orders a project's queue */
	public static String queueIndex(long projectId) {
		return queue(projectId) + "_ORDER";
	}

	private static String locationIndex(long projectId) {
		return table(projectId) + "_LOCATION";
	}

	/**
	 * Creates a project's tables.
	 *
	 * @param keyedByRecord whether the items are the records of a CSV file, whose location is their id
	 */
	static void create(Connection connection, long projectId, boolean keyedByRecord) throws SQLException {
		String table = table(projectId);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + table + " ("
					+ "ID BIGINT NOT NULL PRIMARY KEY, "
					+ "LOCATION VARCHAR(4000) NOT NULL, "
					+ "LOCATION_HASH BIGINT NOT NULL, "
					+ "STATE SMALLINT NOT NULL, "
					+ "QUEUE_KEY INT NOT NULL, "
					+ "LAST_EVENT SMALLINT, "
					+ "ERROR_REASON VARCHAR(1000), "
					+ "CLAIMED_BY VARCHAR(200), "
					+ "CLAIMED_AT TIMESTAMP, "
					+ "TEXT_CONTENT VARCHAR(32672), "
					+ "WIDTH INT, "
					+ "HEIGHT INT, "
					+ "ASSIGNEE VARCHAR(200))");
			if (!keyedByRecord) {
				statement.execute("CREATE INDEX " + locationIndex(projectId) + " ON " + table + " (LOCATION_HASH)");
			}
			createQueue(statement, projectId);
		}
		BY_RECORD.put(key(connection, projectId), keyedByRecord);
	}

	private static String key(Connection connection, long projectId) throws SQLException {
		return connection.getMetaData().getURL() + '#' + projectId;
	}

	private static void createQueue(Statement statement, long projectId) throws SQLException {
		statement.execute("CREATE TABLE " + queue(projectId) + " (STATE SMALLINT NOT NULL, QUEUE_KEY INT NOT NULL,"
				+ " ID BIGINT NOT NULL, CLAIMED_AT TIMESTAMP)");
		statement.execute("CREATE INDEX " + queueIndex(projectId) + " ON " + queue(projectId)
				+ " (STATE, QUEUE_KEY, ID)");
	}

	static void drop(Connection connection, long projectId) throws SQLException {
		for (String name : new String[] { queue(projectId), table(projectId) }) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP TABLE " + name);
			} catch (SQLException e) {
				if (!"42Y55".equals(e.getSQLState())) { // does not exist: nothing to drop
					throw e;
				}
			}
		}
	}

	/** @return whether a project's items are CSV records, found by id, rather than files found by path */
	static boolean keyedByRecord(Connection connection, long projectId) throws SQLException {
		String key = key(connection, projectId);
		Boolean known = BY_RECORD.get(key);
		if (known != null) {
			return known;
		}
		try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM SYS.SYSCONGLOMERATES"
				+ " WHERE CONGLOMERATENAME = ?")) {
			ps.setString(1, locationIndex(projectId));
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				boolean byRecord = rs.getInt(1) == 0;
				BY_RECORD.put(key, byRecord);
				return byRecord;
			}
		}
	}

	/**
	 * Schema version 4: a queue table beside each project's item table, which had the queue index itself and ids that
	 * Derby generated. Existing items keep their ids and their location index.
	 */
	static void addQueueTables(Connection connection) throws SQLException {
		List<Long> projects = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT ID FROM PROJECT")) {
			while (rs.next()) {
				projects.add(rs.getLong(1));
			}
		}
		for (long id : projects) {
			try (Statement statement = connection.createStatement()) {
				try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '"
						+ table(id) + "'")) {
					rs.next();
					if (rs.getInt(1) == 0) {
						continue; // a deleted project
					}
				}
				createQueue(statement, id);
				statement.executeUpdate("INSERT INTO " + queue(id) + " (STATE, QUEUE_KEY, ID, CLAIMED_AT)"
						+ " SELECT STATE, QUEUE_KEY, ID, CLAIMED_AT FROM " + table(id));
				statement.execute("DROP INDEX " + table(id) + "_QUEUE");
				statement.execute("ALTER TABLE " + table(id) + " ALTER COLUMN ID SET GENERATED BY DEFAULT");
			}
		}
	}

	/** Schema version 5: each project's items get an assignee. */
	static void addAssignees(Connection connection) throws SQLException {
		List<Long> projects = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT ID FROM PROJECT WHERE DELETED = 0")) {
			while (rs.next()) {
				projects.add(rs.getLong(1));
			}
		}
		for (long id : projects) {
			try (Statement statement = connection.createStatement()) {
				try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM SYS.SYSTABLES WHERE TABLENAME = '"
						+ table(id) + "'")) {
					rs.next();
					if (rs.getInt(1) == 0) {
						continue; // initialization failed and was purged
					}
				}
				try {
					statement.execute("ALTER TABLE " + table(id) + " ADD COLUMN ASSIGNEE VARCHAR(200)");
				} catch (SQLException e) {
					if (!Sql.TABLE_EXISTS.equals(e.getSQLState())) { // X0Y32 also says the column exists
						throw e;
					}
				}
			}
		}
	}

	/** @return a 64-bit hash of a location, for finding items by location without indexing long strings */
	static long locationHash(String location) {
		long hash = 0xcbf29ce484222325L; // FNV-1a over the UTF-16 code units
		for (int i = 0; i < location.length(); i++) {
			hash ^= location.charAt(i);
			hash *= 0x100000001b3L;
		}
		return mix(hash);
	}

	/** @return the position of an item in its project's queue: random-looking, fixed by the seed */
	static int queueKey(long locationHash, long seed) {
		return (int) (mix(locationHash ^ seed) >>> 32);
	}

	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
