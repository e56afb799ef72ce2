package org.labelbench.cli.internal.dataset;

import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.model.AzureBlobSource;
import org.labelbench.model.Dataset;
import org.labelbench.model.LocalFolderSource;

final class DatasetOutput {

	private DatasetOutput() {
	}

	static Map<String, Object> json(Dataset dataset) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", dataset.getName());
		json.put("kind", dataset.getKind().getName().toLowerCase(java.util.Locale.ROOT));
		json.put("description", dataset.getDescription());
		json.put("source", source(dataset));
		if (dataset.getTextColumn() != null) {
			json.put("textColumn", dataset.getTextColumn());
		}
		return json;
	}

	static String source(Dataset dataset) {
		if (dataset.getDataSource() instanceof LocalFolderSource local) {
			return local.getPath();
		}
		if (dataset.getDataSource() instanceof AzureBlobSource blobs) {
			return "azure://" + blobs.getDatastore() + "/" + (blobs.getPathPattern() == null ? "" : blobs.getPathPattern());
		}
		return dataset.getDataSource().eClass().getName();
	}
}
