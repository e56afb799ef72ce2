package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.FeatureBatch;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.ItemState;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;

/**
 * Predicts the unlabeled items of a project page by page and stores the confident predictions as prelabels: labels
 * kept as defaults, which the labeler sees and accepts or changes, the items staying in the queue.
 */
final class Prelabeler {

	/** who the prelabels are from, as the submissions name it */
	static final String LABELER = "labelbench-ml";
	private static final int PAGE = 256;

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
		ItemStore items = workspace.store().items();
		long unlabeled = items.counts(record.id()).unlabeled();
		SubMonitor progress = SubMonitor.convert(monitor, "Prelabeling " + record.project().getName(),
				(int) Math.max(1, (unlabeled + PAGE - 1) / PAGE));
		List<String> classes = kept.classifier().classes();
		long[] byClass = new long[classes.size()];
		List<String> failures = new ArrayList<>();
		long predicted = 0;
		long after = 0;
		for (List<ItemRecord> page = items.page(record.id(), ItemState.UNLABELED, after, PAGE); !page.isEmpty();
				page = items.page(record.id(), ItemState.UNLABELED, after, PAGE)) {
			after = page.get(page.size() - 1).id();
			List<ItemRecord> open = page.stream().filter(item -> mayPrelabel(items, item)).toList();
			FeatureBatch batch = features.of(workspace, record.project().getName(),
					open.stream().map(ItemRecord::location).toList(), progress.split(1));
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
			predicted += batch.kept().length;
			items.submitAll(record.id(), prelabels, SubmissionSource.PRELABEL, true);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		return new Counts(predicted, java.util.Arrays.stream(byClass).sum(), byClass, failures);
	}

	/** Labels a person kept as defaults (a restart that kept them) are theirs: no prediction replaces them. */
	private boolean mayPrelabel(ItemStore items, ItemRecord item) {
		Optional<Submission> shown = items.defaultSubmission(record.id(), item.id());
		return shown.isEmpty() || shown.get().getSource() == SubmissionSource.PRELABEL;
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
