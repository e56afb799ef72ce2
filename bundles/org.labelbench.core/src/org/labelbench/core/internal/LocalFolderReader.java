package org.labelbench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.DataSourceReader;
import org.labelbench.model.DataKind;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

/** Data in a local folder (searched recursively), or a local CSV file for text. */
@Component(service = DataSourceReader.class)
public final class LocalFolderReader implements DataSourceReader {

	@Override
	public boolean handles(Dataset dataset) {
		return dataset.getDataSource() instanceof LocalFolderSource;
	}

	@Override
	public void check(Dataset dataset, DataKind kind) {
		Path path = root(dataset);
		if (!Files.exists(path)) {
			throw new InvalidInputException((dataset.getKind() == DatasetKind.TABULAR ? "CSV file " : "data folder ")
					+ path + " does not exist");
		}
		if (!Files.isReadable(path)) {
			throw new InvalidInputException("data " + path + " is not readable");
		}
		if (dataset.getKind() == DatasetKind.TABULAR) {
			if (kind != DataKind.TEXT) {
				throw new InvalidInputException("a CSV file holds text items; image projects need a folder of images");
			}
			if (dataset.getTextColumn() == null || dataset.getTextColumn().isBlank()) {
				throw new InvalidInputException("CSV data needs the column that holds the text: --text-column NAME");
			}
			try {
				CsvRows.checkColumn(path, dataset.getTextColumn());
			} catch (IOException e) {
				throw new InvalidInputException("CSV file " + path + " cannot be read: " + SortedWalk.describe(e));
			}
		} else if (!Files.isDirectory(path)) {
			throw new InvalidInputException("data " + path + " is not a folder"
					+ (kind == DataKind.TEXT && path.toString().endsWith(".csv") ? "; for a CSV file give --text-column" : ""));
		}
	}

	@Override
	public void scan(Dataset dataset, DataKind kind, ItemSink sink, IProgressMonitor monitor) throws IOException {
		if (dataset.getKind() == DatasetKind.TABULAR) {
			CsvRows.read(root(dataset), dataset.getTextColumn(), sink, monitor);
		} else {
			new SortedWalk(root(dataset), kind, sink, monitor).run();
		}
	}

	@Override
	public InputStream open(Dataset dataset, String location) throws IOException {
		Path root = root(dataset);
		Path file = root.resolve(location).normalize();
		if (!file.startsWith(root)) {
			throw new InvalidInputException("item '" + location + "' is outside the data folder");
		}
		return Files.newInputStream(file);
	}

	private static Path root(Dataset dataset) {
		return Path.of(((LocalFolderSource) dataset.getDataSource()).getPath());
	}
}
