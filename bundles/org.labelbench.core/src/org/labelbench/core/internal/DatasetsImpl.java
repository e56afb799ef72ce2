package org.labelbench.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.labelbench.core.Datasets;
import org.labelbench.core.ItemFiles;
import org.labelbench.model.DataKind;
import org.labelbench.model.DataSource;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.Store;

final class DatasetsImpl implements Datasets {

	private final Store store;
	private final DataSources sources;
	private final AccessImpl access;

	DatasetsImpl(Store store, DataSources sources, AccessImpl access) {
		this.store = store;
		this.sources = sources;
		this.access = access;
	}

	@Override
	public Dataset create(String name, Path data, String description) {
		access.requireAdmin("create datasets");
		Dataset dataset = define(ProjectDefinitions.checkName(name, "dataset"), data, null);
		dataset.setDescription(description);
		store.datasets().create(dataset);
		return dataset;
	}

	@Override
	public Dataset create(String name, String location, String textColumn, String description) {
		access.requireAdmin("create datasets");
		Dataset dataset = sources.define(ProjectDefinitions.checkName(name, "dataset"), location, textColumn);
		dataset.setDescription(description);
		sources.reader(dataset).check(dataset, dataset.getKind() == DatasetKind.TABULAR ? DataKind.TEXT : DataKind.IMAGE);
		store.datasets().create(dataset);
		return dataset;
	}

	@Override
	public CsvPreview preview(Path csv, int rows) {
		try {
			return CsvRows.preview(csv, rows);
		} catch (java.io.IOException e) {
			throw new InvalidInputException("cannot read " + csv + ": " + SortedWalk.describe(e));
		}
	}

	/** @return a dataset on a local folder, or on a CSV file (kind Tabular) */
	static Dataset define(String name, Path data, String textColumn) {
		if (data == null) {
			throw new InvalidInputException("give the data: --data PATH (a folder, or a CSV file for text)");
		}
		return define(name, localSource(data), textColumn);
	}

	/** @return a dataset on a data source of any datastore; a local CSV file makes it Tabular */
	static Dataset define(String name, DataSource source, String textColumn) {
		Dataset dataset = LabelbenchFactory.eINSTANCE.createDataset();
		dataset.setName(name);
		dataset.setKind(source instanceof LocalFolderSource local && Files.isRegularFile(Path.of(local.getPath()))
				&& ItemFiles.extension(local.getPath()).equals("csv") ? DatasetKind.TABULAR : DatasetKind.FILE);
		dataset.setTextColumn(textColumn);
		dataset.setDataSource(source);
		return dataset;
	}

	/** @throws InvalidInputException when the path does not exist */
	static LocalFolderSource localSource(Path data) {
		Path path = data.toAbsolutePath().normalize();
		if (!Files.exists(path)) {
			throw new InvalidInputException("data folder " + path + " does not exist");
		}
		LocalFolderSource source = LabelbenchFactory.eINSTANCE.createLocalFolderSource();
		source.setPath(path.toString());
		return source;
	}

	@Override
	public List<Dataset> list() {
		access.requireAdmin("list datasets");
		return store.datasets().list();
	}

	@Override
	public Dataset get(String name) {
		access.requireAdmin("read dataset '" + name + "'");
		return store.datasets().find(name)
				.orElseThrow(() -> new InvalidInputException("dataset '" + name + "' does not exist"));
	}
}
