package org.labelbench.core;

import java.nio.file.Path;
import java.util.List;

import org.labelbench.model.Dataset;

/** Named datasets of a workspace: created once, used by several projects. */
public interface Datasets {

	/**
	 * Registers a dataset: a folder (kind File) or a CSV file (kind Tabular).
	 *
	 * @throws org.labelbench.store.InvalidInputException for a used name or a missing or unreadable source
	 */
	Dataset create(String name, Path data, String description);

	List<Dataset> list();

	/** @throws org.labelbench.store.InvalidInputException when there is no such dataset */
	Dataset get(String name);

	/**
	 * The start of a CSV file, for choosing its text column.
	 *
	 * @param columns the header's column names
	 * @param rows the first data records, each as many values as it has
	 */
	record CsvPreview(java.util.List<String> columns, java.util.List<java.util.List<String>> rows) {
	}

	/**
	 * Reads the header and the first rows of a CSV file the way initialization reads it.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the file cannot be read
	 */
	CsvPreview preview(Path csv, int rows);
}
