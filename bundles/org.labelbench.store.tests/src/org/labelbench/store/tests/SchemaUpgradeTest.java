package org.labelbench.store.tests;

import java.time.Duration;
import java.util.List;

import org.labelbench.store.ItemRecord;
import org.labelbench.store.NewItem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.Store;
import org.labelbench.store.StoreException;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.internal.Schema;

class SchemaUpgradeTest {

	@TempDir
	Path workspace;

	@Test
	void aVersionOneWorkspaceIsUpgradedInPlaceKeepingItsProjects() throws Exception {
		try (Connection c = connect(true)) {
			assertEquals(1, Schema.upgrade(c, 1));
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO PROJECT (NAME, TASK_TYPE, STATE, CREATED_AT,"
					+ " DEFINITION) VALUES ('old', 'image-multiclass', 'RUNNING', CURRENT_TIMESTAMP, ?)")) {
				ps.setString(1, ModelXml.toXml(Stores.project("old", "a", "b")));
				ps.executeUpdate();
			}
			c.commit();
		}
		shutdown();
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			assertEquals(Schema.CURRENT_VERSION, store.schemaVersion());
			assertEquals("b", store.projects().find("old").orElseThrow().project().getLabelClasses().get(1).getName());
			try (Connection c = ((org.labelbench.store.internal.DerbyStore) store).connect();
					Statement s = c.createStatement()) {
				s.executeQuery("SELECT COUNT(*) FROM ML_RUN").close(); // a table of version 2 exists
				c.rollback();
			}
		}
	}

	@Test
	void aVersionThreeProjectKeepsItsItemsAndLabeledStateAndItsQueueWorksAfterTheUpgrade() throws Exception {
		long project;
		try (Connection c = connect(true)) {
			assertEquals(3, Schema.upgrade(c, 3));
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO PROJECT (NAME, TASK_TYPE, STATE, CREATED_AT,"
					+ " DEFINITION) VALUES ('v3', 'image-multiclass', 'RUNNING', CURRENT_TIMESTAMP, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				ps.setString(1, ModelXml.toXml(Stores.project("v3", "a")));
				ps.executeUpdate();
				try (var keys = ps.getGeneratedKeys()) {
					keys.next();
					project = keys.getLong(1);
				}
			}
			String table = "ITEMS_" + project;
			try (Statement s = c.createStatement()) { // the item table as version 3 made it
				s.execute("CREATE TABLE " + table + " (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
						+ " LOCATION VARCHAR(4000) NOT NULL, LOCATION_HASH BIGINT NOT NULL, STATE SMALLINT NOT NULL,"
						+ " QUEUE_KEY INT NOT NULL, LAST_EVENT SMALLINT, ERROR_REASON VARCHAR(1000),"
						+ " CLAIMED_BY VARCHAR(200), CLAIMED_AT TIMESTAMP, TEXT_CONTENT VARCHAR(32672), WIDTH INT,"
						+ " HEIGHT INT)");
				s.execute("CREATE INDEX " + table + "_QUEUE ON " + table + " (STATE, QUEUE_KEY, ID)");
				s.execute("CREATE INDEX " + table + "_LOCATION ON " + table + " (LOCATION_HASH)");
				s.executeUpdate("INSERT INTO " + table + " (LOCATION, LOCATION_HASH, STATE, QUEUE_KEY) VALUES"
						+ " ('a.png', 11, 0, 30), ('b.png', 12, 2, 10), ('c.png', 13, 0, 20)");
			}
			c.commit();
		}
		shutdown();
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			assertEquals(Schema.CURRENT_VERSION, store.schemaVersion());
			List<String> served = store.items().claimTask(project, "ann", 5, Duration.ofMinutes(5)).stream()
					.map(ItemRecord::location).toList();
			assertEquals(List.of("c.png", "a.png"), served, "queue order kept, the labeled item not served again");
			store.items().addNew(project, sink -> sink.accept(new NewItem("d.png", null, null)), 100);
			assertEquals(4, store.items().counts(project).total());
			assertEquals(List.of("d.png"), store.items().claimTask(project, "ann", 5, Duration.ofMinutes(5)).stream()
					.map(ItemRecord::location).toList());
		}
	}

	@Test
	void aWorkspaceOfANewerLabelbenchIsRefusedUntouched() throws Exception {
		try (Connection c = connect(true)) {
			Schema.upgrade(c, Schema.CURRENT_VERSION);
			try (Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE LB_SCHEMA SET VERSION = 99");
			}
			c.commit();
		}
		shutdown();
		var factory = Stores.factory();
		StoreException e = assertThrows(StoreException.class, () -> factory.open(StoreLocation.workspace(workspace)));
		assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
	}

	private Connection connect(boolean create) throws SQLException {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(workspace.resolve("db").toString());
		if (create) {
			ds.setCreateDatabase("create");
		}
		Connection c = ds.getConnection();
		c.setAutoCommit(false);
		return c;
	}

	private void shutdown() {
		EmbeddedDataSource ds = new EmbeddedDataSource();
		ds.setDatabaseName(workspace.resolve("db").toString());
		ds.setShutdownDatabase("shutdown");
		try {
			ds.getConnection().close();
		} catch (SQLException expected) {
			// 08006: shut down
		}
	}
}
