package org.labelbench.ml;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Workspace;
import org.labelbench.model.MlRun;

/**
 * ML assistance for image and text classification projects, as an OSGi service: a classifier trained on the project's human
 * labels, per-class thresholds calibrated on a held-out slice of them, and prelabels for the unlabeled items the
 * classifier is sure enough of. Every training, validation and inference is recorded as an {@link MlRun} of the
 * project. The latest classifier is kept in the store, so another process (the command line, the workbench, an ML
 * worker, a team member's desktop on the same server) can prelabel with it.
 */
public interface MlAssist {

	/** @return the engine that trains, e.g. "PyTorch 2.7.1 (DJL 0.36.0)" */
	String engine();

	/**
	 * Trains a classifier on the project's human labels (accepted prelabels count as human), holds out a slice of
	 * them to calibrate the per-class thresholds at the project's target precision, and keeps the classifier.
	 *
	 * @throws org.labelbench.store.InvalidInputException for a project that is not single-class image
	 *         classification, or has too few labels (fewer than two classes, or an empty held-out slice)
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled; the runs say so
	 */
	Training train(Workspace workspace, String project, IProgressMonitor monitor);

	/**
	 * Trains as {@link #train(Workspace, String, IProgressMonitor)} does, recording the training in a run a worker
	 * claimed from the queue ({@link MlJobs#runQueued}) instead of a new one.
	 *
	 * @param claimed a TRAINING run of the project, RUNNING, or null for a new run
	 */
	Training train(Workspace workspace, String project, MlRun claimed, IProgressMonitor monitor);

	/**
	 * Predicts every unlabeled item with the kept classifier and stores the predictions above their class's threshold
	 * as prelabels, which labelers see as the items' labels to accept or change. Items whose labels were kept as
	 * defaults by a person are left alone; earlier prelabels are replaced.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the project has no trained classifier
	 */
	Prelabeling prelabel(Workspace workspace, String project, IProgressMonitor monitor);

	/**
	 * @return the kept classifier's most probable class of each item, in the order given
	 * @throws org.labelbench.store.InvalidInputException when the project has no trained classifier or no such item
	 */
	List<Prediction> classify(Workspace workspace, String project, List<String> items, IProgressMonitor monitor);

	/**
	 * Groups the unlabeled items into look-alikes by their embeddings in the kept classifier (its outputs before the
	 * last fully connected layer) and orders the queue so that tasks serve them together: a 4, 6 or 9 image grid shows
	 * similar items. Recorded as a featurization run.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the project has no trained classifier
	 */
	Clustering cluster(Workspace workspace, String project, IProgressMonitor monitor);

	/**
	 * @return a job that trains, prelabels and (classification projects) groups look-alikes, with progress and
	 *         cancellation, one at a time per project; it belongs to the family {@link MlJobs#family(Workspace, String)}
	 */
	Job trainAndPrelabelJob(Workspace workspace, String project);

	/**
	 * What a training did.
	 *
	 * @param trained how many labeled items it learned from
	 * @param validated how many held-out labeled items calibrated the thresholds
	 * @param accuracy the share of held-out items whose most probable class is right; for object detection
	 *        projects ({@link DetectionAssist}, which train and prelabel hand them to), the mAP@0.5
	 * @param thresholds per class, the lowest confidence that is prelabeled (infinite: never)
	 */
	record Training(MlRun training, MlRun validation, int trained, int validated, double accuracy,
			Map<String, Double> thresholds) {
	}

	/**
	 * What a prelabeling did.
	 *
	 * @param predicted how many unlabeled items were predicted
	 * @param prelabeled how many of them got a prelabel
	 */
	record Prelabeling(MlRun run, long predicted, long prelabeled) {
	}

	/**
	 * What a grouping of look-alikes did.
	 *
	 * @param embedded how many unlabeled items were embedded and grouped
	 * @param clusters how many groups of look-alikes they form
	 * @param moved how many queued items took their group's place in the queue
	 */
	record Clustering(MlRun run, long embedded, int clusters, long moved) {
	}

	/** The most probable class of an item, with its probability and whether it clears the class's threshold. */
	record Prediction(String item, String className, double confidence, boolean aboveThreshold) {
	}
}
