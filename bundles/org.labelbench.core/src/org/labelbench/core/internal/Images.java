package org.labelbench.core.internal;

import org.labelbench.imaging.ImageSource;
import org.labelbench.model.Dataset;

/** Items as sources for the image decoder. */
final class Images {

	private Images() {
	}

	/** @return the item's image, read through its data source */
	static ImageSource source(DataSources sources, Dataset dataset, String location) {
		return ImageSource.of(location, () -> sources.reader(dataset).open(dataset, location));
	}
}
