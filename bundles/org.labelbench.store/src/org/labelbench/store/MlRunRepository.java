package org.labelbench.store;

import java.util.List;
import java.util.Optional;

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

	/**
	 * Hands the oldest {@link org.labelbench.model.MlRunStatus#QUEUED queued} run of any project to a worker: it
	 * becomes RUNNING, started now, with the worker named in its message. No run is handed out twice, also not to
	 * workers in other processes claiming at the same moment.
	 *
	 * @param worker who runs it, e.g. {@code ml-worker@host}
	 * @return the claimed run with its project, none when nothing is queued
	 */
	Optional<ClaimedRun> claimQueued(String worker);

	/** A queued run a worker claimed, with the id of its project. */
	record ClaimedRun(long projectId, MlRun run) {
	}
}
