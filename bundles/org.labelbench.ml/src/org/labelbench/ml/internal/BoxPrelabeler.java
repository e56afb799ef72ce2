package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.ml.Detection;
import org.labelbench.ml.DetectionImages;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;

/**
 * Detects objects on the unlabeled items of a project page by page and stores the boxes above their class's threshold
 * as each item's prelabel, kept as its default: the box editor shows them for the labeler to accept or correct, and
 * the items stay in the queue. Boxes are in whole pixels inside the image, as a labeler draws them, so that one
 * accepted unchanged is recorded as accepted.
 */
final class BoxPrelabeler {

	/** Makes detector input of items of a project. */
	@FunctionalInterface
	interface Input {
		DetectionImages of(Workspace workspace, String project, List<String> locations, IProgressMonitor monitor);
	}

	/** What a prelabeling did; {@code byClass} counts the boxes of each class. */
	record Counts(long predicted, long prelabeled, long boxes, long[] byClass, List<String> failures) {
	}

	private final Workspace workspace;
	private final ProjectRecord record;
	private final KeptDetectors.Kept kept;
	private final Input input;

	BoxPrelabeler(Workspace workspace, ProjectRecord record, KeptDetectors.Kept kept, Input input) {
		this.workspace = workspace;
		this.record = record;
		this.kept = kept;
		this.input = input;
	}

	Counts run(IProgressMonitor monitor) {
		long[] byClass = new long[kept.thresholds().length];
		List<String> failures = new ArrayList<>();
		long[] counts = { 0, 0 };
		double lowest = java.util.Arrays.stream(kept.thresholds()).min().orElse(Double.POSITIVE_INFINITY);
		PrelabelPages.run(workspace, record, monitor, (open, pageMonitor) -> {
			DetectionImages images = input.of(workspace, record.project().getName(),
					open.stream().map(ItemRecord::location).toList(), pageMonitor);
			failures.addAll(images.failures());
			List<List<Detection>> found = Double.isInfinite(lowest) ? null
					: kept.detector().detect(images.images(), lowest);
			List<PendingSubmission> prelabels = new ArrayList<>();
			for (int i = 0; found != null && i < images.kept().length; i++) {
				Submission submission = prelabel(open.get(images.kept()[i]), found.get(i), images.widths()[i],
						images.heights()[i], byClass);
				if (!submission.getAnnotations().isEmpty()) {
					prelabels.add(new PendingSubmission(submission, submission.getAnnotations().stream()
							.map(Annotation::getClassName).toList(), images.widths()[i], images.heights()[i]));
				}
			}
			counts[0] += images.kept().length;
			counts[1] += prelabels.size();
			return prelabels;
		});
		return new Counts(counts[0], counts[1], java.util.Arrays.stream(byClass).sum(), byClass, failures);
	}

	private Submission prelabel(ItemRecord item, List<Detection> found, int width, int height, long[] byClass) {
		Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
		submission.setItemId(item.id());
		submission.setLabeler(Prelabeler.LABELER);
		submission.setSubmittedAt(new Date());
		submission.setSource(SubmissionSource.PRELABEL);
		for (Detection d : found) {
			if (d.score() >= kept.thresholds()[d.label()]) {
				box(d, width, height).ifPresent(box -> {
					submission.getAnnotations().add(box);
					byClass[d.label()]++;
				});
			}
		}
		return submission;
	}

	/** @return the box in whole pixels inside the image, unless it is less than a pixel wide or high */
	private Optional<BoundingBox> box(Detection d, int width, int height) {
		long x0 = Math.max(0, Math.round(d.x() * width));
		long y0 = Math.max(0, Math.round(d.y() * height));
		long x1 = Math.min(width, Math.round(d.right() * width));
		long y1 = Math.min(height, Math.round(d.bottom() * height));
		if (x1 <= x0 || y1 <= y0) {
			return Optional.empty();
		}
		BoundingBox box = LabelbenchFactory.eINSTANCE.createBoundingBox();
		box.setClassName(kept.detector().classes().get(d.label()));
		box.setConfidence(d.score());
		box.setX(x0);
		box.setY(y0);
		box.setWidth(x1 - x0);
		box.setHeight(y1 - y0);
		return Optional.of(box);
	}
}
