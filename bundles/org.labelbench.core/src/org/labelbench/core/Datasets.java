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

	/**
	 * Registers a dataset on data in a datastore, after checking that it can be read: everything below a folder
	 * ({@code azure://DATASTORE/path/**}, {@code file:///data/images/**}), or a CSV file (kind Tabular), whose text
	 * column projects use unless they name another. Which items a project takes is decided by its task type.
	 *
	 * @param location a data location one of the installed {@link Datastore}s reads
	 * @param textColumn for a CSV file: the column that holds each item's text; else null
	 * @throws org.labelbench.store.InvalidInputException for a used name, a location no datastore reads, or data
	 *         that cannot be read
	 */
	Dataset create(String name, String location, String textColumn, String description);

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
