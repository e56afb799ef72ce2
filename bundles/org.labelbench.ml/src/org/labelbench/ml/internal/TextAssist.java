package org.labelbench.ml.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.MlAssist.Prediction;
import org.labelbench.ml.MlAssist.Training;
import org.labelbench.ml.MultiLabelCalibration;
import org.labelbench.ml.TextBatch;
import org.labelbench.ml.TextClassifier;
import org.labelbench.ml.TextClassifierEngine;
import org.labelbench.ml.TextFeatures;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.ItemState;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreException;

/**
 * ML assistance for text classification projects, single- and multi-label: a text classifier on hashed n-grams
 * trained on the human labels, calibrated on a held-out slice (per class; multi-label classes get a threshold for
 * "has it" and one for "has it not"), and prelabels for the unlabeled texts it is sure of. Runs are recorded as for
 * images.
 */
final class TextAssist {

	static final String MULTICLASS = "text-multiclass";
	static final String MULTILABEL = "text-multilabel";
	private static final int PAGE = 256;

	private final TextClassifierEngine engine;
	private final TrainingSettings settings;

	TextAssist(TextClassifierEngine engine, TrainingSettings settings) {
		this.engine = engine;
		this.settings = settings;
	}

	static boolean handles(ProjectRecord record) {
		String type = record.project().getTaskType();
		return MULTICLASS.equals(type) || MULTILABEL.equals(type);
	}

	private static boolean multiLabel(ProjectRecord record) {
		return MULTILABEL.equals(record.project().getTaskType());
	}

	Training train(Workspace workspace, ProjectRecord record, double target, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Training the classifier of " + record.project().getName(),
				100);
		List<String> classes = MlAssistService.classes(record);
		LabeledTexts data = LabeledTexts.read(workspace.store().items(), record.id(), classes,
				MlAssistService.HELD_OUT_SHARE, settings.seed());
		long seen = data.training().stream().flatMapToInt(e -> java.util.Arrays.stream(e.labels())).distinct().count();
		if (seen < 2 || data.heldOut().isEmpty()) {
			throw new InvalidInputException("project '" + record.project().getName() + "' has "
					+ (data.training().size() + data.heldOut().size()) + " labeled texts in " + seen
					+ " classes; training needs labels of two classes at least");
		}
		TrainingSettings run = record.project().getMlAssist() == null ? settings
				: settings.forProject(record.project().getMlAssist().getDevice(), false);
		RunLog training = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.TRAINING);
		TextClassifier classifier;
		MlRun trainingRun;
		try {
			TextBatch texts = TextFeatures.of(LabeledTexts.texts(data.training()));
			classifier = engine.train(texts, LabeledTexts.targets(data.training(), classes.size()), classes,
					multiLabel(record), run, progress.split(85));
			int epochs = run.epochsFor(texts.count());
			trainingRun = training.items(texts.count()).device(classifier.device())
					.message(engine.description() + ", text classifier on hashed n-grams"
							+ (multiLabel(record) ? " (multi-label)" : "") + ", " + epochs + " epochs, "
							+ run.threads() + " threads")
					.metric("epochs", epochs, null).succeeded();
		} catch (RuntimeException e) {
			throw training.ended(e);
		}
		try (classifier) {
			return validate(workspace, record, data, classifier, trainingRun, target);
		}
	}

	private Training validate(Workspace workspace, ProjectRecord record, LabeledTexts data, TextClassifier classifier,
			MlRun trainingRun, double target) {
		RunLog validation = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.VALIDATION);
		try {
			List<String> classes = classifier.classes();
			float[] probabilities = classifier.probabilities(TextFeatures.of(LabeledTexts.texts(data.heldOut())));
			validation.items(data.heldOut().size()).device(classifier.device()).message("target precision " + target);
			double[] present;
			double[] absent = null;
			double accuracy;
			if (classifier.multiLabel()) {
				MultiLabelCalibration.Thresholds thresholds = MultiLabelCalibration.calibrate(probabilities,
						LabeledTexts.targets(data.heldOut(), classes.size()), classes, target,
						MlAssistService.MIN_SUPPORT);
				present = thresholds.present();
				absent = thresholds.absent();
				accuracy = thresholds.accuracy();
				validation.metric("accuracy", accuracy, null).metric("precision", thresholds.precision(), null)
						.metric("coverage", thresholds.coverage(), null);
				for (int c = 0; c < classes.size(); c++) {
					validation.metric("threshold", present[c], classes.get(c)).metric("absent below", absent[c],
							classes.get(c));
				}
			} else {
				Calibration.Thresholds thresholds = Calibration.calibrate(probabilities,
						LabeledTexts.firstLabels(data.heldOut()), classes, target, MlAssistService.MIN_SUPPORT);
				present = thresholds.classes().stream().mapToDouble(Calibration.ClassThreshold::threshold).toArray();
				accuracy = thresholds.accuracy();
				validation.metric("accuracy", accuracy, null).metric("precision", thresholds.precision(), null)
						.metric("coverage", thresholds.coverage(), null);
				for (Calibration.ClassThreshold threshold : thresholds.classes()) {
					validation.metric("threshold", threshold.threshold(), threshold.className())
							.metric("precision", threshold.precision(), threshold.className())
							.metric("covered", threshold.covered(), threshold.className());
				}
			}
			MlRun validationRun = validation.succeeded();
			KeptClassifiers.save(workspace, record.id(), classifier, present, absent, validationRun.getId());
			Map<String, Double> byClass = new LinkedHashMap<>();
			for (int c = 0; c < classes.size(); c++) {
				byClass.put(classes.get(c), present[c]);
			}
			return new Training(trainingRun, validationRun, (int) trainingRun.getItems(), data.heldOut().size(),
					accuracy, byClass);
		} catch (IOException e) {
			throw validation.ended(new StoreException("the classifier cannot be kept: " + e.getMessage(), e));
		} catch (RuntimeException e) {
			throw validation.ended(e);
		}
	}

	/** Prelabels the unlabeled texts page by page; @return {predicted, prelabeled} */
	long[] prelabel(Workspace workspace, ProjectRecord record, KeptClassifiers.KeptText kept,
			IProgressMonitor monitor) {
		ItemStore items = workspace.store().items();
		long unlabeled = items.counts(record.id()).unlabeled();
		SubMonitor progress = SubMonitor.convert(monitor, "Prelabeling " + record.project().getName(),
				(int) Math.max(1, (unlabeled + PAGE - 1) / PAGE));
		long predicted = 0;
		long prelabeled = 0;
		long after = 0;
		for (List<ItemRecord> page = items.page(record.id(), ItemState.UNLABELED, after, PAGE); !page.isEmpty();
				page = items.page(record.id(), ItemState.UNLABELED, after, PAGE)) {
			after = page.get(page.size() - 1).id();
			List<ItemRecord> open = page.stream().filter(item -> mayPrelabel(items, record.id(), item)).toList();
			float[] probabilities = kept.classifier().probabilities(TextFeatures.of(texts(items, open)));
			List<PendingSubmission> prelabels = new ArrayList<>();
			for (int i = 0; i < open.size(); i++) {
				Optional<List<Decided>> classes = decide(kept, probabilities, i);
				if (classes.isPresent()) {
					prelabels.add(prelabel(open.get(i), classes.get()));
				}
			}
			predicted += open.size();
			prelabeled += prelabels.size();
			items.submitAll(record.id(), prelabels, SubmissionSource.PRELABEL, true);
			progress.worked(1);
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		return new long[] { predicted, prelabeled };
	}

	/** A class given to a text, with its probability. */
	record Decided(String className, double confidence) {
	}

	/** @return the classes of text {@code i} when the classifier is sure enough of them */
	static Optional<List<Decided>> decide(KeptClassifiers.KeptText kept, float[] probabilities, int i) {
		List<String> classes = kept.classifier().classes();
		int k = classes.size();
		if (!kept.classifier().multiLabel()) {
			int best = Calibration.argmax(probabilities, i * k, k);
			double confidence = probabilities[i * k + best];
			return confidence >= kept.present()[best]
					? Optional.of(List.of(new Decided(classes.get(best), confidence)))
					: Optional.empty();
		}
		boolean[] has = MultiLabelCalibration.decide(probabilities, i * k, kept.present(), kept.absent());
		if (has == null) {
			return Optional.empty();
		}
		List<Decided> decided = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			if (has[c]) {
				decided.add(new Decided(classes.get(c), probabilities[i * k + c]));
			}
		}
		return Optional.of(decided);
	}

	List<Prediction> classify(Workspace workspace, ProjectRecord record, List<ItemRecord> items,
			KeptClassifiers.KeptText kept) {
		float[] probabilities = kept.classifier()
				.probabilities(TextFeatures.of(texts(workspace.store().items(), items)));
		List<String> classes = kept.classifier().classes();
		List<Prediction> predictions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			int best = Calibration.argmax(probabilities, i * classes.size(), classes.size());
			predictions.add(new Prediction(items.get(i).location(), classes.get(best),
					probabilities[i * classes.size() + best], decide(kept, probabilities, i).isPresent()));
		}
		return predictions;
	}

	/** @return the embedder that clusters texts with the kept classifier */
	static QueueClusterer.Embedder embedder(ItemStore items, TextClassifier classifier) {
		return (page, monitor) -> new QueueClusterer.Embedded(java.util.stream.IntStream.range(0, page.size())
				.toArray(), classifier.embeddings(TextFeatures.of(texts(items, page))), List.of());
	}

	private static List<String> texts(ItemStore items, List<ItemRecord> records) {
		return records.stream().map(item -> items.text(item.projectId(), item.id()).orElse(item.location())).toList();
	}

	/** Labels a person kept as defaults are theirs: no prediction replaces them. */
	private static boolean mayPrelabel(ItemStore items, long projectId, ItemRecord item) {
		Optional<Submission> shown = items.defaultSubmission(projectId, item.id());
		return shown.isEmpty() || shown.get().getSource() == SubmissionSource.PRELABEL;
	}

	private static PendingSubmission prelabel(ItemRecord item, List<Decided> classes) {
		Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
		submission.setItemId(item.id());
		submission.setLabeler(Prelabeler.LABELER);
		submission.setSubmittedAt(new Date());
		submission.setSource(SubmissionSource.PRELABEL);
		for (Decided decided : classes) {
			ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
			label.setClassName(decided.className());
			label.setConfidence(decided.confidence());
			submission.getAnnotations().add(label);
		}
		return new PendingSubmission(submission, classes.stream().map(Decided::className).toList(), 0, 0);
	}
}
