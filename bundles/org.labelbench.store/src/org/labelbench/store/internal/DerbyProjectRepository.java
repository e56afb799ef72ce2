package org.labelbench.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.ConcurrentChangeException;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.ProjectRef;
import org.labelbench.store.ProjectRepository;

/**
 * Projects as rows: the columns that are queried (name, type, state) plus the definition as XMI. The state column is
 * the truth for the state; the definition's copy is refreshed whenever a record is read.
 */
final class DerbyProjectRepository implements ProjectRepository {

	private static final String SELECT = "SELECT ID, STATE, DEFINITION, VERSION FROM PROJECT WHERE DELETED = 0";

	private final Transactions tx;

	DerbyProjectRepository(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public ProjectRecord create(Project definition) {
		if (definition.getCreatedAt() == null) {
			definition.setCreatedAt(new Date());
		}
		return tx.run("create project " + definition.getName(), c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"INSERT INTO PROJECT (NAME, TASK_TYPE, STATE, CREATED_AT, DEFINITION) VALUES (?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS)) {
				ps.setString(1, definition.getName());
				ps.setString(2, definition.getTaskType());
				ps.setString(3, definition.getState().getName());
				ps.setTimestamp(4, new Timestamp(definition.getCreatedAt().getTime()));
				ps.setString(5, ModelXml.toXml(definition));
				ps.executeUpdate();
				long id;
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
				ItemTables.create(c, id, definition.getDataset() != null
						&& definition.getDataset().getKind() == org.labelbench.model.DatasetKind.TABULAR);
				return new ProjectRecord(id, ModelXml.fromXml(ModelXml.toXml(definition), Project.class), 0);
			} catch (SQLException e) {
				if (Sql.hasState(e, Sql.DUPLICATE_KEY)) {
					throw new InvalidInputException("project name '" + definition.getName() + "' is already used");
				}
				throw e;
			}
		});
	}

	@Override
	public Optional<ProjectRecord> find(String name) {
		return tx.run("find project " + name, c -> {
			try (PreparedStatement ps = c.prepareStatement(SELECT + " AND NAME = ?")) {
				ps.setString(1, name);
				List<ProjectRecord> records = read(ps);
				return records.stream().findFirst();
			}
		});
	}

	@Override
	public Optional<ProjectRef> findRef(String name) {
		return tx.run("find project " + name, c -> {
			try (PreparedStatement ps = c.prepareStatement(
					"SELECT ID, TASK_TYPE, STATE FROM PROJECT WHERE DELETED = 0 AND NAME = ?")) {
				ps.setString(1, name);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.of(new ProjectRef(rs.getLong(1), name, rs.getString(2),
							ProjectState.get(rs.getString(3)))) : Optional.<ProjectRef>empty();
				}
			}
		});
	}

	@Override
	public List<ProjectRecord> list() {
		return tx.run("list projects", c -> {
			try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY NAME")) {
				return read(ps);
			}
		});
	}

	@Override
	public boolean nameUsed(String name) {
		return tx.run("look up project name " + name, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM PROJECT WHERE NAME = ?")) {
				ps.setString(1, name);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next();
				}
			}
		});
	}

	/**
	 * Stores the definition when it is still at the version the record was read at, and raises the version: a change
	 * made meanwhile by someone else is reported, not overwritten. The state is not written (see setState).
	 */
	@Override
	public ProjectRecord update(ProjectRecord record) {
		Project project = record.project();
		long version = tx.run("update project " + project.getName(), c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE PROJECT SET DEFINITION = ?, VERSION = VERSION + 1"
					+ " WHERE ID = ? AND DELETED = 0" + (record.version() >= 0 ? " AND VERSION = ?" : ""))) {
				ps.setString(1, ModelXml.toXml(project));
				ps.setLong(2, record.id());
				if (record.version() >= 0) {
					ps.setLong(3, record.version());
				}
				if (ps.executeUpdate() == 1) {
					return record.version() >= 0 ? record.version() + 1 : -1L;
				}
			}
			long current = currentVersion(c, record.id());
			throw new ConcurrentChangeException("project '" + project.getName() + "' was changed by someone else"
					+ " meanwhile (version " + record.version() + " was read, it is now at " + current
					+ "); read it again and repeat the change");
		});
		return new ProjectRecord(record.id(), project, version);
	}

	private static long currentVersion(java.sql.Connection c, long projectId) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT VERSION FROM PROJECT WHERE ID = ? AND DELETED = 0")) {
			ps.setLong(1, projectId);
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					throw new InvalidInputException("project " + projectId + " does not exist");
				}
				return rs.getLong(1);
			}
		}
	}

	@Override
	public void setState(long projectId, ProjectState state) {
		tx.run("set project state", c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE PROJECT SET STATE = ? WHERE ID = ? AND DELETED = 0")) {
				ps.setString(1, state.getName());
				ps.setLong(2, projectId);
				return requireOne(ps.executeUpdate(), projectId);
			}
		});
	}

	@Override
	public void delete(long projectId) {
		tx.run("delete project " + projectId, c -> {
			removeContent(c, projectId);
			try (PreparedStatement ps = c.prepareStatement("UPDATE PROJECT SET DELETED = 1 WHERE ID = ?")) {
				ps.setLong(1, projectId);
				return ps.executeUpdate();
			}
		});
	}

	@Override
	public void purge(long projectId) {
		tx.run("remove project " + projectId, c -> {
			removeContent(c, projectId);
			try (PreparedStatement ps = c.prepareStatement("DELETE FROM PROJECT WHERE ID = ?")) {
				ps.setLong(1, projectId);
				return ps.executeUpdate();
			}
		});
	}

	/** Removes a project's items, labels and history: everything but its row, which keeps the name used. */
	private static void removeContent(java.sql.Connection c, long projectId) throws SQLException {
		ItemTables.drop(c, projectId);
		for (String sql : new String[] {
				"DELETE FROM SUBMISSION_CLASS WHERE SUBMISSION_ID IN (SELECT ID FROM SUBMISSION WHERE PROJECT_ID = ?)",
				"DELETE FROM SUBMISSION WHERE PROJECT_ID = ?", "DELETE FROM ITEM_EVENT WHERE PROJECT_ID = ?",
				"DELETE FROM PROJECT_MEMBER WHERE PROJECT_ID = ?", "DELETE FROM ML_RUN WHERE PROJECT_ID = ?",
				"DELETE FROM QUEUE_ASSIGNMENT WHERE PROJECT_ID = ?", "DELETE FROM ML_MODEL WHERE PROJECT_ID = ?" }) {
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				ps.setLong(1, projectId);
				ps.executeUpdate();
			}
		}
	}

	/** @return the queue seed of a project, deleted or not */
	long seed(long projectId) {
		return tx.run("read project " + projectId, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT DEFINITION FROM PROJECT WHERE ID = ?")) {
				ps.setLong(1, projectId);
				try (ResultSet rs = ps.executeQuery()) {
					if (!rs.next()) {
						throw new InvalidInputException("project " + projectId + " does not exist");
					}
					return ModelXml.fromXml(rs.getString(1), Project.class).getQueueSeed();
				}
			}
		});
	}

	private static int requireOne(int updated, long projectId) {
		if (updated != 1) {
			throw new InvalidInputException("project " + projectId + " does not exist");
		}
		return updated;
	}

	private static List<ProjectRecord> read(PreparedStatement ps) throws SQLException {
		List<ProjectRecord> records = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				Project project = ModelXml.fromXml(rs.getString(3), Project.class);
				project.setState(ProjectState.get(rs.getString(2)));
				records.add(new ProjectRecord(rs.getLong(1), project, rs.getLong(4)));
			}
		}
		return records;
	}
}
