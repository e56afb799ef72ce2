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
}
