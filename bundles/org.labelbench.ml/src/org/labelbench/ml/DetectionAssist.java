package org.labelbench.ml;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.model.MlRun;

/**
 * ML assistance for object detection projects ({@value #TASK_TYPE}), as an OSGi service: a detector trained on the
 * project's human boxes, per-class score thresholds calibrated on a held-out slice of them at the project's target
 * precision, and box prelabels for the unlabeled items: the boxes above their class's threshold become the item's
 * default boxes, which the labeler accepts or corrects. Every training, validation and inference is recorded as an
 * {@link MlRun}; the latest detector is kept in the store, so every process of the workspace or team server uses it.
 * {@link MlAssist} hands detection projects to this service, so its commands and jobs serve both kinds of project.
 */
public interface DetectionAssist {

	/** the task type this service trains for */
	String TASK_TYPE = "image-bbox";

	/** @return the engine that trains, e.g. "PyTorch 2.7.1 (DJL 0.36.0)" */
	String engine();

	/**
	 * Trains a detector on the project's human boxes (accepted or corrected prelabels count as human), holds out a
	 * slice of the labeled images to measure its mAP@0.5 and calibrate the per-class thresholds, and keeps it.
	 *
	 * @throws org.labelbench.store.InvalidInputException for a project that is not object detection, or has too few
	 *         labeled images
	 * @throws org.eclipse.core.runtime.OperationCanceledException when canceled; the runs say so
	 */
	Training train(Workspace workspace, String project, IProgressMonitor monitor);

	/**
	 * Detects objects on every unlabeled item with the kept detector and stores the boxes above their class's
	 * threshold as the item's prelabel (items without such a box get none). Boxes a person kept as defaults are left
	 * alone; earlier prelabels are replaced.
	 *
	 * @throws org.labelbench.store.InvalidInputException when the project has no trained detector
	 */
	MlAssist.Prelabeling prelabel(Workspace workspace, String project, IProgressMonitor monitor);

	/**
	 * @return the kept detector's boxes on each item, in the order given, from the most confident down, down to a
	 *         score of {@code minScore}
	 * @throws org.labelbench.store.InvalidInputException when the project has no trained detector or no such item
	 */
	List<ItemBoxes> detect(Workspace workspace, String project, List<String> items, double minScore,
			IProgressMonitor monitor);

	/**
	 * What a training did.
	 *
	 * @param trained how many labeled images it learned from
	 * @param validated how many held-out labeled images measured and calibrated it
	 * @param meanAveragePrecision the mAP@0.5 on the held-out images
	 * @param averagePrecision per class, its AP@0.5 on the held-out images (NaN: no box of it held out)
	 * @param thresholds per class, the lowest score that is prelabeled (infinite: never)
	 */
	record Training(MlRun training, MlRun validation, int trained, int validated, double meanAveragePrecision,
			Map<String, Double> averagePrecision, Map<String, Double> thresholds) {

		/** @return this training as {@link MlAssist} reports one, its accuracy being the mAP@0.5 */
		public MlAssist.Training asAssistTraining() {
			return new MlAssist.Training(training, validation, trained, validated, meanAveragePrecision, thresholds);
		}
	}

	/** A box found on an item, in the image's pixels, and whether its score clears its class's threshold. */
	record Box(String className, double score, double x, double y, double width, double height,
			boolean aboveThreshold) {
	}

	/** The boxes found on an item. */
	record ItemBoxes(String item, List<Box> boxes) {
	}
}
