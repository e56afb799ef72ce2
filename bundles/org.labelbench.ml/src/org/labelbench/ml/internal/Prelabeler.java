package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.FeatureBatch;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;

/**
 * Predicts the unlabeled items of a project page by page and stores the confident predictions as prelabels: labels
 * kept as defaults, which the labeler sees and accepts or changes, the items staying in the queue.
 */
final class Prelabeler {

	/** who the prelabels are from, as the submissions name it */
	static final String LABELER = "labelbench-ml";

	/** Featurizes items of a project. */
	@FunctionalInterface
	interface Features {
		FeatureBatch of(Workspace workspace, String project, List<String> locations, IProgressMonitor monitor);
	}

	/** What a prelabeling did; {@code byClass} counts the prelabels of each class. */
	record Counts(long predicted, long prelabeled, long[] byClass, List<String> failures) {
		String failureNote() {
			return failures.isEmpty() ? ""
					: "; left out " + failures.size() + " unreadable: " + failures.get(0)
							+ (failures.size() > 1 ? " ..." : "");
		}
	}

	private final Workspace workspace;
	private final ProjectRecord record;
	private final KeptClassifiers.Kept kept;
	private final Features features;

	Prelabeler(Workspace workspace, ProjectRecord record, KeptClassifiers.Kept kept, Features features) {
		this.workspace = workspace;
		this.record = record;
		this.kept = kept;
		this.features = features;
	}

	Counts run(IProgressMonitor monitor) {
		List<String> classes = kept.classifier().classes();
		long[] byClass = new long[classes.size()];
		List<String> failures = new ArrayList<>();
		long[] predicted = { 0 };
		PrelabelPages.run(workspace, record, monitor, (open, pageMonitor) -> {
			FeatureBatch batch = features.of(workspace, record.project().getName(),
					open.stream().map(ItemRecord::location).toList(), pageMonitor);
			failures.addAll(batch.failures());
			float[] probabilities = kept.classifier().probabilities(batch.images());
			List<PendingSubmission> prelabels = new ArrayList<>();
			for (int i = 0; i < batch.kept().length; i++) {
				int best = Calibration.argmax(probabilities, i * classes.size(), classes.size());
				double confidence = probabilities[i * classes.size() + best];
				if (confidence >= kept.thresholds()[best]) {
					prelabels.add(prelabel(open.get(batch.kept()[i]), classes.get(best), confidence));
					byClass[best]++;
				}
			}
			predicted[0] += batch.kept().length;
			return prelabels;
		});
		return new Counts(predicted[0], java.util.Arrays.stream(byClass).sum(), byClass, failures);
	}

	private static PendingSubmission prelabel(ItemRecord item, String className, double confidence) {
		Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
		submission.setItemId(item.id());
		submission.setLabeler(LABELER);
		submission.setSubmittedAt(new Date());
		submission.setSource(SubmissionSource.PRELABEL);
		ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
		label.setClassName(className);
		label.setConfidence(confidence);
		submission.getAnnotations().add(label);
		return new PendingSubmission(submission, List.of(className), 0, 0);
	}
}
