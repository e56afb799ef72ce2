package org.labelbench.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Datastore;
import org.labelbench.model.DataKind;
import org.labelbench.model.DataSource;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

/**
 * The first datastore: a local folder (searched recursively), or a local CSV file for text. Locations are plain paths
 * or {@code file:} URLs.
 */
@Component(service = Datastore.class)
public final class LocalFolderDatastore implements Datastore {

	private static final String SCHEME = "file:";

	@Override
	public Optional<DataSource> dataSource(String location) {
		if (!location.startsWith(SCHEME)) {
			return Optional.empty();
		}
		String folder = location.endsWith("/**") ? location.substring(0, location.length() - 2) : location;
		return Optional.of(DatasetsImpl.localSource(path(folder)));
	}

	@Override
	public List<Root> roots() {
		return List.of(new Root("local", "Files on this computer", Path.of("/").toUri().toString()));
	}

	@Override
	public boolean browses(String folder) {
		return folder.startsWith(SCHEME);
	}

	@Override
	public Page browse(String folder, String continuation, int max) throws IOException {
		Path directory = path(folder);
		if (!Files.isDirectory(directory)) {
			throw new InvalidInputException("folder " + directory + " does not exist");
		}
		return new FolderPage(directory).after(continuation, max);
	}

	/** @return the path of a {@code file:} URL, or of {@code file://} followed by a plain path, as people type it */
	private static Path path(String location) {
		try {
			return Path.of(new URI(location));
		} catch (URISyntaxException | IllegalArgumentException e) {
			if (location.startsWith("file://")) {
				return Path.of(location.substring("file://".length()));
			}
			throw new InvalidInputException("data location '" + location + "' is not a file URL: " + e.getMessage());
		}
	}

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

	@Override
	public String address(Dataset dataset, String location) {
		return root(dataset).resolve(location).toString();
	}

	private static Path root(Dataset dataset) {
		return Path.of(((LocalFolderSource) dataset.getDataSource()).getPath());
	}
}
