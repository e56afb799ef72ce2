package org.labelbench.store;

import java.util.List;

import org.labelbench.model.MlRun;

/** The ML runs of the projects (training, validation, inference, featurization) with their status and metrics. */
public interface MlRunRepository {

	/**
	 * Records a run of a project.
	 *
	 * @return a copy of the run with the id the store gave it
	 */
	MlRun add(long projectId, MlRun run);

	/**
	 * Replaces a recorded run with its new state (a running run that finished), by its id.
	 *
	 * @throws InvalidInputException when the project has no run with that id
	 */
	void update(long projectId, MlRun run);

	/** @return the runs of a project, the latest started first; runs not started yet come first of all */
	List<MlRun> list(long projectId);
}
