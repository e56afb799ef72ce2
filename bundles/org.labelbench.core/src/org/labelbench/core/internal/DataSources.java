package org.labelbench.core.internal;

import java.util.List;

import org.labelbench.core.DataSourceReader;
import org.labelbench.model.Dataset;
import org.labelbench.store.InvalidInputException;

/** The installed data source readers, and which one reads a dataset. */
final class DataSources {

	private final List<DataSourceReader> readers;

	DataSources(List<DataSourceReader> readers) {
		this.readers = List.copyOf(readers);
	}

	DataSourceReader reader(Dataset dataset) {
		return readers.stream().filter(r -> r.handles(dataset)).findFirst()
				.orElseThrow(() -> new InvalidInputException("no installed plugin reads the data source of dataset '"
						+ dataset.getName() + "' (" + dataset.getDataSource().eClass().getName() + ")"));
	}
}
