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

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunStatus;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlRunRepository;

/**
 * ML runs as rows of {@code ML_RUN}: kind, status and times as columns for queries, the whole run (message, metrics)
 * as XMI.
 */
final class DerbyMlRunRepository implements MlRunRepository {

	private final Transactions tx;

	DerbyMlRunRepository(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public MlRun add(long projectId, MlRun run) {
		MlRun stored = EcoreUtil.copy(run);
		return tx.run("record an ML run of project " + projectId, c -> {
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO ML_RUN (PROJECT_ID, KIND, STATUS, STARTED_AT,"
					+ " FINISHED_AT, DEFINITION) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
				ps.setLong(1, projectId);
				ps.setString(2, run.getKind().getName());
				ps.setString(3, run.getStatus().getName());
				ps.setTimestamp(4, timestamp(run.getStartedAt()));
				ps.setTimestamp(5, timestamp(run.getFinishedAt()));
				ps.setString(6, ModelXml.toXml(stored));
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					stored.setId(keys.getLong(1));
				}
			}
			return stored;
		});
	}

	@Override
	public void update(long projectId, MlRun run) {
		tx.run("update ML run " + run.getId() + " of project " + projectId, c -> {
			try (PreparedStatement ps = c.prepareStatement("UPDATE ML_RUN SET STATUS = ?, STARTED_AT = ?,"
					+ " FINISHED_AT = ?, DEFINITION = ? WHERE ID = ? AND PROJECT_ID = ?")) {
				ps.setString(1, run.getStatus().getName());
				ps.setTimestamp(2, timestamp(run.getStartedAt()));
				ps.setTimestamp(3, timestamp(run.getFinishedAt()));
				ps.setString(4, ModelXml.toXml(EcoreUtil.copy(run)));
				ps.setLong(5, run.getId());
				ps.setLong(6, projectId);
				if (ps.executeUpdate() == 0) {
					throw new InvalidInputException("project " + projectId + " has no ML run " + run.getId());
				}
			}
			return null;
		});
	}

	@Override
	public List<MlRun> list(long projectId) {
		return tx.run("list the ML runs of project " + projectId, c -> {
			List<MlRun> runs = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement("SELECT ID, DEFINITION FROM ML_RUN WHERE PROJECT_ID = ?"
					+ " ORDER BY STARTED_AT DESC NULLS FIRST, ID DESC")) {
				ps.setLong(1, projectId);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						MlRun run = ModelXml.fromXml(rs.getString(2), MlRun.class);
						run.setId(rs.getLong(1));
						runs.add(run);
					}
				}
			}
			return runs;
		});
	}

	@Override
	public Optional<ClaimedRun> claimQueued(String worker) {
		return tx.run("claim a queued ML run", c -> {
			try (PreparedStatement queued = c.prepareStatement("SELECT ID, PROJECT_ID, DEFINITION FROM ML_RUN"
					+ " WHERE STATUS = ? ORDER BY ID")) {
				queued.setString(1, MlRunStatus.QUEUED.getName());
				try (ResultSet rs = queued.executeQuery()) {
					while (rs.next()) {
						MlRun run = ModelXml.fromXml(rs.getString(3), MlRun.class);
						run.setId(rs.getLong(1));
						if (claim(c, run, worker)) {
							return Optional.of(new ClaimedRun(rs.getLong(2), run));
						}
					}
				}
			}
			return Optional.empty();
		});
	}

	/** @return whether the run was still queued and is now this worker's (another may have taken it meanwhile) */
	private static boolean claim(java.sql.Connection c, MlRun run, String worker) throws java.sql.SQLException {
		run.setStatus(MlRunStatus.RUNNING);
		run.setStartedAt(new Date());
		run.setMessage((run.getMessage() == null ? "" : run.getMessage() + "; ") + "claimed by " + worker);
		try (PreparedStatement ps = c.prepareStatement("UPDATE ML_RUN SET STATUS = ?, STARTED_AT = ?, DEFINITION = ?"
				+ " WHERE ID = ? AND STATUS = ?")) {
			ps.setString(1, run.getStatus().getName());
			ps.setTimestamp(2, timestamp(run.getStartedAt()));
			ps.setString(3, ModelXml.toXml(EcoreUtil.copy(run)));
			ps.setLong(4, run.getId());
			ps.setString(5, MlRunStatus.QUEUED.getName());
			return ps.executeUpdate() == 1;
		}
	}

	private static Timestamp timestamp(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}
}
