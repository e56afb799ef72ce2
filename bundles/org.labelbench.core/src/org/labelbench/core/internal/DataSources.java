package org.labelbench.core.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.labelbench.core.Datastore;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.model.DataSource;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.store.InvalidInputException;

/** The installed datastores, which one keeps a dataset or takes an export, and the decoder of the images they hold. */
final class DataSources {

	private final List<Datastore> datastores;
	private final ImageDecoder images;

	DataSources(List<Datastore> datastores, ImageDecoder images) {
		this.datastores = List.copyOf(datastores);
		this.images = images;
	}

	ImageDecoder images() {
		return images;
	}

	Datastore reader(Dataset dataset) {
		return datastores.stream().filter(r -> r.handles(dataset)).findFirst()
				.orElseThrow(() -> new InvalidInputException("no installed plugin reads the data source of dataset '"
						+ dataset.getName() + "' (" + dataset.getDataSource().eClass().getName() + ")"));
	}

	/** @throws InvalidInputException when no installed datastore knows the location, or it names nothing */
	DataSource dataSource(String location) {
		for (Datastore datastore : datastores) {
			var source = datastore.dataSource(location);
			if (source.isPresent()) {
				return source.get();
			}
		}
		throw new InvalidInputException("no installed datastore reads data location '" + location + "'" + known());
	}

	/**
	 * @return a dataset on a data location, Tabular when its datastore says the location names a CSV file
	 * @throws InvalidInputException when no installed datastore knows the location, or it names nothing
	 */
	Dataset define(String name, String location, String textColumn) {
		for (Datastore datastore : datastores) {
			var source = datastore.dataSource(location);
			if (source.isPresent()) {
				Dataset dataset = DatasetsImpl.define(name, source.get(), textColumn);
				if (datastore.tabular(source.get())) {
					dataset.setKind(DatasetKind.TABULAR);
				}
				return dataset;
			}
		}
		throw new InvalidInputException("no installed datastore reads data location '" + location + "'" + known());
	}

	/** @throws InvalidInputException when no installed datastore takes exports at the destination */
	Datastore writer(String destination) {
		return datastores.stream().filter(d -> d.writes(destination)).findFirst()
				.orElseThrow(() -> new InvalidInputException("no installed datastore takes exports at '" + destination
						+ "'" + known()));
	}

	private String known() {
		return " (installed: " + datastores.stream().map(d -> d.getClass().getSimpleName())
				.collect(Collectors.joining(", ")) + ")";
	}
}
