package org.labelbench.core.internal;

import java.util.List;

import org.labelbench.core.DataSourceReader;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.model.Dataset;
import org.labelbench.store.InvalidInputException;

/** The installed data source readers, which one reads a dataset, and the decoder of the images they hold. */
final class DataSources {

	private final List<DataSourceReader> readers;
	private final ImageDecoder images;

	DataSources(List<DataSourceReader> readers, ImageDecoder images) {
		this.readers = List.copyOf(readers);
		this.images = images;
	}

	ImageDecoder images() {
		return images;
	}

	DataSourceReader reader(Dataset dataset) {
		return readers.stream().filter(r -> r.handles(dataset)).findFirst()
				.orElseThrow(() -> new InvalidInputException("no installed plugin reads the data source of dataset '"
						+ dataset.getName() + "' (" + dataset.getDataSource().eClass().getName() + ")"));
	}
}
