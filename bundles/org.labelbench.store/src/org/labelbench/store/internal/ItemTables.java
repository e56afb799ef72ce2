package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Each project keeps its items in a table of its own, {@code ITEMS_<project id>}: a new project's items are
 * bulk-loaded into an empty table (indexes built once, at the end), a deleted project's items go with one DROP, and
 * the queue index holds one project only. Its queue is index {@code ITEMS_<id>_QUEUE}: the next item is the first
 * unlabeled entry in (queue key, id) order, the queue key being a seeded hash of the location.
 */
public final class ItemTables {

	private ItemTables() {
	}

	/** @return the name of a project's item table */
	public static String table(long projectId) {
		return "ITEMS_" + projectId;
	}

	/** @return the name of a project's queue index */
	public static String queueIndex(long projectId) {
		return table(projectId) + "_QUEUE";
	}

	static void create(Connection connection, long projectId) throws SQLException {
		String table = table(projectId);
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + table + " ("
					+ "ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
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
					+ "HEIGHT INT)");
			statement.execute("CREATE INDEX " + queueIndex(projectId) + " ON " + table + " (STATE, QUEUE_KEY, ID)");
			statement.execute("CREATE INDEX " + table + "_LOCATION ON " + table + " (LOCATION_HASH)");
		}
	}

	static void drop(Connection connection, long projectId) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE " + table(projectId));
		} catch (SQLException e) {
			if (!"42Y55".equals(e.getSQLState())) { // does not exist: nothing to drop
				throw e;
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
