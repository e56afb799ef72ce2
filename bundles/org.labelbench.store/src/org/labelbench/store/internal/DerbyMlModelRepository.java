package org.labelbench.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlModelRepository;
import org.labelbench.store.StoreException;

/**
 * Models as rows of {@code ML_MODEL}: the archive of the engine's files as a BLOB, the thresholds as text. Saving
 * inserts the new row and deletes the project's older ones of that kind in the same transaction.
 */
final class DerbyMlModelRepository implements MlModelRepository {

	private static final String COLUMNS =
			"ID, PROJECT_ID, KIND, SAVED_AT, VALIDATION_RUN, THRESHOLDS, CHECKSUM, FILES_SIZE";

	private final Transactions tx;

	DerbyMlModelRepository(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public StoredModel replace(long projectId, String kind, long validationRun, String thresholds, Path files) {
		String checksum;
		long size;
		try (InputStream in = Files.newInputStream(files)) {
			checksum = checksum(in);
			size = Files.size(files);
		} catch (IOException e) {
			throw new StoreException("the " + kind + " of project " + projectId + " cannot be stored: " + e, e);
		}
		Date savedAt = new Date();
		return tx.run("store the " + kind + " of project " + projectId, c -> {
			long id;
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO ML_MODEL (PROJECT_ID, KIND, SAVED_AT,"
					+ " VALIDATION_RUN, THRESHOLDS, CHECKSUM, FILES_SIZE, FILES) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS); InputStream in = Files.newInputStream(files)) {
				ps.setLong(1, projectId);
				ps.setString(2, kind);
				ps.setTimestamp(3, new Timestamp(savedAt.getTime()));
				ps.setLong(4, validationRun);
				ps.setString(5, thresholds);
				ps.setString(6, checksum);
				ps.setLong(7, size);
				ps.setBinaryStream(8, in, size);
				ps.executeUpdate();
				try (ResultSet keys = ps.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
			} catch (IOException e) {
				throw new StoreException("the " + kind + " of project " + projectId + " cannot be stored: " + e, e);
			}
			try (PreparedStatement ps = c.prepareStatement(
					"DELETE FROM ML_MODEL WHERE PROJECT_ID = ? AND KIND = ? AND ID <> ?")) {
				ps.setLong(1, projectId);
				ps.setString(2, kind);
				ps.setLong(3, id);
				ps.executeUpdate();
			}
			return new StoredModel(id, projectId, kind, savedAt, validationRun, thresholds, checksum, size);
		});
	}

	@Override
	public Optional<StoredModel> latest(long projectId, String kind) {
		return tx.run("read the " + kind + " of project " + projectId, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ML_MODEL WHERE PROJECT_ID = ?"
					+ " AND KIND = ? ORDER BY ID DESC FETCH FIRST 1 ROWS ONLY")) {
				ps.setLong(1, projectId);
				ps.setString(2, kind);
				try (ResultSet rs = ps.executeQuery()) {
					return rs.next() ? Optional.of(model(rs)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public boolean copyFiles(StoredModel model, Path target) {
		return tx.run("read the files of the " + model.kind() + " of project " + model.projectId(),
				c -> copy(c, model, target));
	}

	private static boolean copy(Connection c, StoredModel model, Path target) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT FILES FROM ML_MODEL WHERE ID = ?")) {
			ps.setLong(1, model.id());
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next()) {
					return false;
				}
				String checksum;
				try (InputStream in = rs.getBinaryStream(1); OutputStream out = Files.newOutputStream(target)) {
					DigestInputStream digest = new DigestInputStream(in, sha256());
					digest.transferTo(out);
					checksum = HexFormat.of().formatHex(digest.getMessageDigest().digest());
				} catch (IOException e) {
					throw new StoreException("the " + model.kind() + " of project " + model.projectId()
							+ " cannot be copied to " + target + ": " + e, e);
				}
				if (!checksum.equals(model.checksum())) {
					throw new InvalidInputException("its stored files (model " + model.id() + ")"
							+ " are damaged: their checksum is " + checksum + ", not " + model.checksum());
				}
				return true;
			}
		}
	}

	private static StoredModel model(ResultSet rs) throws SQLException {
		return new StoredModel(rs.getLong(1), rs.getLong(2), rs.getString(3), new Date(rs.getTimestamp(4).getTime()),
				rs.getLong(5), rs.getString(6), rs.getString(7), rs.getLong(8));
	}

	private static String checksum(InputStream in) throws IOException {
		DigestInputStream digest = new DigestInputStream(in, sha256());
		digest.transferTo(OutputStream.nullOutputStream());
		return HexFormat.of().formatHex(digest.getMessageDigest().digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
