package org.labelbench.ml;

import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Workspace;
import org.labelbench.model.MlRun;

/**
 * The ML work of projects as it is started, as an OSGi service: training on demand or by itself once a project has
 * enough human labels, one at a time per project, in the background; and the queue of trainings a headless worker
 * ({@code ml worker}) takes from the store, so that a machine with a GPU can train for desktops without one.
 */
public interface MlJobs {

	/** the system property that makes desktops queue their automatic trainings for a worker: {@code queue} */
	String TRAINING_PROPERTY = "labelbench.ml.training";

	/**
	 * How far a project is from its next training, for the progress bar of the dashboard.
	 *
	 * @param enabled whether the project's ML assistance is on (trainings start by themselves)
	 * @param labels the project's labeled items now
	 * @param needed the labeled items at which the next training starts: the setting's minimum before the first
	 *        training, then the labels of the last training plus the setting's interval
	 * @param pending whether a training of the project is queued or running now
	 */
	record NextTraining(boolean enabled, long labels, long needed, boolean pending) {

		/** @return the share of the way to the next training, 0 to 1 */
		public double progress() {
			return needed <= 0 ? 1 : Math.min(1, (double) labels / needed);
		}

		/** @return whether a training is due now */
		public boolean due() {
			return enabled && !pending && labels >= needed;
		}
	}

	/** The family the ML jobs of one project belong to ({@link Job#belongsTo}), to find or cancel them. */
	record Family(Workspace workspace, String project) {
	}

	/** @return the family of a project's ML jobs */
	static Object family(Workspace workspace, String project) {
		return new Family(workspace, project);
	}

	/**
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	NextTraining nextTraining(Workspace workspace, String project);

	/**
	 * Sets when a project trains by itself: at {@code minLabels} labeled items first, then every {@code retrainEvery}
	 * more.
	 *
	 * @throws org.labelbench.store.InvalidInputException for a number below 1, or no such project
	 */
	void setTrainingSchedule(Workspace workspace, String project, int minLabels, int retrainEvery);

	/**
	 * Starts training and then prelabeling a project in the background, unless a training of it is already waiting
	 * or running in this process; then that one is returned. Reads nothing: the UI thread may call it. A project
	 * that cannot be trained ends the job with an error status saying why.
	 *
	 * @return the job, scheduled
	 */
	Job train(Workspace workspace, String project);

	/**
	 * Queues a training for a worker: a TRAINING run in state QUEUED, or the one already queued for the project.
	 *
	 * @throws org.labelbench.store.InvalidInputException when there is no such project
	 */
	MlRun queueTraining(Workspace workspace, String project, String requestedBy);

	/**
	 * Claims the oldest queued run of any project and runs it here: a training, then prelabels. Nothing is handed to
	 * two workers. A run that fails ends FAILED with the reason; the worker goes on with the next.
	 *
	 * @param worker who runs it, recorded in the run's message
	 * @return the run as it ended, empty when nothing was queued
	 */
	Optional<MlRun> runQueued(Workspace workspace, String worker, IProgressMonitor monitor);
}
