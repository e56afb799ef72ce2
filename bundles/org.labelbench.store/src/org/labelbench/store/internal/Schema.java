package org.labelbench.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.labelbench.store.StoreException;

/**
 * The database schema, created and upgraded by numbered migrations. A database records the version it is at;
 * opening it applies the migrations after that version, in one transaction each, so every Labelbench upgrades older
 * workspaces in place and refuses newer ones instead of damaging them.
 */
public final class Schema {

	/** One step of the schema's history, run in the transaction that raises the version. */
	@FunctionalInterface
	interface Migration {
		void apply(Connection connection) throws SQLException;
	}

	/** Migration {@code i} brings a database from version {@code i} to {@code i + 1}. */
	static final List<Migration> MIGRATIONS = List.of(
			// 1: projects, item history, submissions (each project's items have a table of their own, see ItemTables)
			sql("""
					CREATE TABLE PROJECT (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  NAME VARCHAR(200) NOT NULL CONSTRAINT PROJECT_NAME_UNIQUE UNIQUE,
					  TASK_TYPE VARCHAR(100) NOT NULL,
					  STATE VARCHAR(20) NOT NULL,
					  DELETED SMALLINT DEFAULT 0 NOT NULL,
					  CREATED_AT TIMESTAMP NOT NULL,
					  DEFINITION CLOB NOT NULL)""", """
					CREATE TABLE ITEM_EVENT (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  PROJECT_ID BIGINT NOT NULL,
					  ITEM_ID BIGINT NOT NULL,
					  KIND SMALLINT NOT NULL,
					  ACTOR VARCHAR(200),
					  OCCURRED_AT TIMESTAMP NOT NULL,
					  REASON VARCHAR(1000))""",
					"CREATE INDEX ITEM_EVENT_ITEM ON ITEM_EVENT (PROJECT_ID, ITEM_ID)", """
					CREATE TABLE SUBMISSION (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  PROJECT_ID BIGINT NOT NULL,
					  ITEM_ID BIGINT NOT NULL,
					  LABELER VARCHAR(200) NOT NULL,
					  SUBMITTED_AT TIMESTAMP NOT NULL,
					  SOURCE SMALLINT NOT NULL,
					  IS_CURRENT SMALLINT NOT NULL,
					  ANNOTATIONS CLOB NOT NULL)""",
					// IS_CURRENT: 1 the item's labels, 2 kept as defaults after a restart, 0 history
					"CREATE INDEX SUBMISSION_ITEM ON SUBMISSION (PROJECT_ID, ITEM_ID, IS_CURRENT)",
					"CREATE INDEX SUBMISSION_CURRENT ON SUBMISSION (PROJECT_ID, IS_CURRENT, ITEM_ID)", """
					CREATE TABLE SUBMISSION_CLASS (
					  SUBMISSION_ID BIGINT NOT NULL,
					  CLASS_NAME VARCHAR(200) NOT NULL,
					  PRIMARY KEY (SUBMISSION_ID, CLASS_NAME))"""),
			// 2: project members with their roles, ML runs
			sql("""
					CREATE TABLE PROJECT_MEMBER (
					  PROJECT_ID BIGINT NOT NULL,
					  USER_NAME VARCHAR(200) NOT NULL,
					  ROLE VARCHAR(20) NOT NULL,
					  PRIMARY KEY (PROJECT_ID, USER_NAME))""", """
					CREATE TABLE ML_RUN (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  PROJECT_ID BIGINT NOT NULL,
					  KIND VARCHAR(20) NOT NULL,
					  STATUS VARCHAR(20) NOT NULL,
					  STARTED_AT TIMESTAMP,
					  FINISHED_AT TIMESTAMP,
					  DEFINITION CLOB NOT NULL)""",
					"CREATE INDEX ML_RUN_PROJECT ON ML_RUN (PROJECT_ID, KIND)"),
			// 3: named datasets
			sql("""
					CREATE TABLE DATASET (
					  NAME VARCHAR(200) NOT NULL PRIMARY KEY,
					  KIND VARCHAR(20) NOT NULL,
					  DEFINITION CLOB NOT NULL)"""),
			// 4: each project's queue in a table of its own, loaded beside its items
			ItemTables::addQueueTables,
			// 5: teams: workspace administrators, a version of each project's definition for optimistic locking,
			// items assigned to labelers (the assigned part of each queue indexed by assignee)
			connection -> {
				sql("ALTER TABLE PROJECT ADD COLUMN VERSION BIGINT DEFAULT 0 NOT NULL",
						"CREATE TABLE WORKSPACE_ADMIN (USER_NAME VARCHAR(200) NOT NULL PRIMARY KEY)", """
								CREATE TABLE QUEUE_ASSIGNMENT (
								  PROJECT_ID BIGINT NOT NULL,
								  ASSIGNEE VARCHAR(200) NOT NULL,
								  QUEUE_KEY INT NOT NULL,
								  ITEM_ID BIGINT NOT NULL,
								  PRIMARY KEY (PROJECT_ID, ASSIGNEE, QUEUE_KEY, ITEM_ID))""").apply(connection);
				ItemTables.addAssignees(connection);
			},
			// 6: the latest trained model of each project and kind, its files as one archive, so a team server's
			// desktops and ML workers share it (before, models were kept in the workspace folder)
			sql("""
					CREATE TABLE ML_MODEL (
					  ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
					  PROJECT_ID BIGINT NOT NULL,
					  KIND VARCHAR(20) NOT NULL,
					  SAVED_AT TIMESTAMP NOT NULL,
					  VALIDATION_RUN BIGINT NOT NULL,
					  THRESHOLDS CLOB NOT NULL,
					  CHECKSUM VARCHAR(64) NOT NULL,
					  FILES_SIZE BIGINT NOT NULL,
					  FILES BLOB NOT NULL)""",
					"CREATE INDEX ML_MODEL_PROJECT ON ML_MODEL (PROJECT_ID, KIND)"),
			// 7: a labeler's own labels, counted for My Progress after each status reading, from an index of their
			// own rather than by reading every current label of the project
			sql("CREATE INDEX SUBMISSION_LABELER ON SUBMISSION (PROJECT_ID, LABELER, IS_CURRENT, SUBMITTED_AT)"));

	/** The version this code writes. */
	public static final int CURRENT_VERSION = MIGRATIONS.size();

	private Schema() {
	}

	private static Migration sql(String... statements) {
		return connection -> {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
		};
	}

	/** Brings the database to {@link #CURRENT_VERSION}. */
	static int upgrade(Connection connection) throws SQLException {
		return upgrade(connection, CURRENT_VERSION);
	}

	/**
	 * Brings the database to {@code target} (tests use older targets to make old databases).
	 *
	 * @return the version the database is at
	 * @throws StoreException when the database is newer than this code
	 */
	public static int upgrade(Connection connection, int target) throws SQLException {
		createVersionTable(connection);
		try (Statement statement = connection.createStatement()) {
			while (true) {
				// one process migrates at a time; each step re-reads the version another process may have raised
				statement.execute("LOCK TABLE LB_SCHEMA IN EXCLUSIVE MODE");
				int version = version(connection);
				if (version > CURRENT_VERSION) {
					connection.rollback();
					throw new StoreException("the database has schema version " + version
							+ " but this Labelbench knows " + CURRENT_VERSION + "; use a newer Labelbench");
				}
				if (version >= target) {
					connection.commit();
					return version;
				}
				MIGRATIONS.get(version).apply(connection);
				statement.executeUpdate(version == 0 ? "INSERT INTO LB_SCHEMA (VERSION) VALUES (1)"
						: "UPDATE LB_SCHEMA SET VERSION = " + (version + 1));
				connection.commit();
			}
		}
	}

	/** @return the version the database is at */
	static int version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT VERSION FROM LB_SCHEMA")) {
			return rs.next() ? rs.getInt(1) : 0;
		}
	}

	private static void createVersionTable(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE LB_SCHEMA (VERSION INT NOT NULL)");
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			if (!Sql.hasState(e, Sql.TABLE_EXISTS)) {
				throw e;
			}
		}
	}
}
