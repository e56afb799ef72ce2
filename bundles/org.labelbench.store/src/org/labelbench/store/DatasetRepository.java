package org.labelbench.store;

import java.util.List;
import java.util.Optional;

import org.labelbench.model.Dataset;

/** Named datasets that several projects can use. */
public interface DatasetRepository {

	/**
	 * @throws InvalidInputException when the name is taken
	 */
	void create(Dataset dataset);

	Optional<Dataset> find(String name);

	/** @return the datasets by name */
	List<Dataset> list();
}
