package org.labelbench.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.labelbench.model.Dataset;
import org.labelbench.model.xml.ModelXml;
import org.labelbench.store.DatasetRepository;
import org.labelbench.store.InvalidInputException;

/** Named datasets as rows, their definition as XMI. */
final class DerbyDatasetRepository implements DatasetRepository {

	private final Transactions tx;

	DerbyDatasetRepository(Transactions tx) {
		this.tx = tx;
	}

	@Override
	public void create(Dataset dataset) {
		tx.run("create dataset " + dataset.getName(), c -> {
			try (PreparedStatement ps = c.prepareStatement("INSERT INTO DATASET (NAME, KIND, DEFINITION) VALUES (?, ?, ?)")) {
				ps.setString(1, dataset.getName());
				ps.setString(2, dataset.getKind().getName());
				ps.setString(3, ModelXml.toXml(dataset));
				return ps.executeUpdate();
			} catch (SQLException e) {
				if (Sql.hasState(e, Sql.DUPLICATE_KEY)) {
					throw new InvalidInputException("dataset name '" + dataset.getName() + "' is already used");
				}
				throw e;
			}
		});
	}

	@Override
	public Optional<Dataset> find(String name) {
		return tx.run("find dataset " + name, c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT DEFINITION FROM DATASET WHERE NAME = ?")) {
				ps.setString(1, name);
				return read(ps).stream().findFirst();
			}
		});
	}

	@Override
	public List<Dataset> list() {
		return tx.run("list datasets", c -> {
			try (PreparedStatement ps = c.prepareStatement("SELECT DEFINITION FROM DATASET ORDER BY NAME")) {
				return read(ps);
			}
		});
	}

	private static List<Dataset> read(PreparedStatement ps) throws SQLException {
		List<Dataset> datasets = new ArrayList<>();
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				datasets.add(ModelXml.fromXml(rs.getString(1), Dataset.class));
			}
		}
		return datasets;
	}
}
