package org.labelbench.ml.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
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
 * trained on the human labels, calibrated on a held-out slice per class (multi-label: on every labeled text, each
 * predicted by a classifier that did not see it, for whole sets of classes, see {@link MultiLabelCalibration}), and
 * prelabels for the unlabeled texts it is sure of. Runs are recorded as for
 * images.
 */
final class TextAssist {

	static final String MULTICLASS = "text-multiclass";
	static final String MULTILABEL = "text-multilabel";
	/** how many classifiers a multi-label training makes to validate on every labeled text */
	private static final int FOLDS = 5;
	/** passes over the texts of a multi-label training: its linear model has learned them by then */
	private static final int MULTI_LABEL_EPOCHS = 30;

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
		if (multiLabel(record)) {
			return trainCrossFitted(workspace, record, data, classes, run.withEpochs(
					Math.min(run.epochs(), MULTI_LABEL_EPOCHS)), target, progress);
		}
		RunLog training = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.TRAINING);
		TextClassifier classifier;
		MlRun trainingRun;
		try {
			TextBatch texts = TextFeatures.of(LabeledTexts.texts(data.training()));
			classifier = engine.train(texts, LabeledTexts.targets(data.training(), classes.size()), classes, false,
					run, progress.split(85));
			trainingRun = trainingRun(training, run, classifier, texts.count(), "");
		} catch (RuntimeException e) {
			throw training.ended(e);
		}
		try (classifier) {
			float[] probabilities = classifier.probabilities(features(classifier, data.heldOut()));
			return validate(workspace, record, data.heldOut(), probabilities, classifier, trainingRun, target);
		}
	}

	/**
	 * Multi-label: five classifiers, each trained on four fifths of the labeled texts, predict the fifth they did not
	 * see, so that the sets' precision is measured on every labeled text rather than on a quarter of them (a
	 * threshold for whole sets needs the numbers). The first of them is kept: its thresholds come from classifiers
	 * made as it was made, on as many texts.
	 */
	private Training trainCrossFitted(Workspace workspace, ProjectRecord record, LabeledTexts data,
			List<String> classes, TrainingSettings run, double target, SubMonitor progress) {
		List<LabeledTexts.Example> all = new ArrayList<>(data.heldOut());
		all.addAll(data.training());
		int k = classes.size();
		float[] outOfFold = new float[all.size() * k];
		RunLog training = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.TRAINING);
		SubMonitor folds = progress.split(85).setWorkRemaining(FOLDS);
		TextClassifier kept = null;
		MlRun trainingRun;
		try {
			for (int f = 0; f < FOLDS; f++) {
				List<LabeledTexts.Example> fit = new ArrayList<>();
				List<LabeledTexts.Example> check = new ArrayList<>();
				for (int j = 0; j < all.size(); j++) {
					(j % FOLDS == f ? check : fit).add(all.get(j));
				}
				TextClassifier classifier = engine.train(TextFeatures.wordCounts(LabeledTexts.texts(fit)),
						LabeledTexts.targets(fit, k), classes, true, run, folds.split(1));
				float[] predicted = classifier.probabilities(features(classifier, check));
				for (int m = 0; m < check.size(); m++) {
					System.arraycopy(predicted, m * k, outOfFold, (m * FOLDS + f) * k, k);
				}
				if (f == 0) {
					kept = classifier;
				} else {
					classifier.close();
				}
			}
			trainingRun = trainingRun(training, run, kept, all.size() - (all.size() + FOLDS - 1) / FOLDS,
					" (multi-label, " + FOLDS + " folds)");
		} catch (RuntimeException e) {
			if (kept != null) {
				kept.close();
			}
			throw training.ended(e);
		}
		try (TextClassifier classifier = kept) {
			return validate(workspace, record, all, outOfFold, classifier, trainingRun, target);
		}
	}

	private MlRun trainingRun(RunLog training, TrainingSettings run, TextClassifier classifier, int items,
			String kind) {
		int epochs = run.epochsFor(items);
		return training.items(items).device(classifier.device())
				.message(engine.description() + ", text classifier on hashed n-grams" + kind + ", " + epochs
						+ " epochs, " + run.threads() + " threads")
				.metric("epochs", epochs, null).succeeded();
	}

	/** @param probabilities the classifier's (or, multi-label, its siblings') probabilities of {@code checked} */
	private Training validate(Workspace workspace, ProjectRecord record, List<LabeledTexts.Example> checked,
			float[] probabilities, TextClassifier classifier, MlRun trainingRun, double target) {
		RunLog validation = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.VALIDATION);
		try {
			List<String> classes = classifier.classes();
			validation.items(checked.size()).device(classifier.device()).message("target precision " + target);
			double[] present;
			double[] absent = null;
			double accuracy;
			if (classifier.multiLabel()) {
				MultiLabelCalibration.Thresholds thresholds = MultiLabelCalibration.calibrate(probabilities,
						LabeledTexts.targets(checked, classes.size()), classes, target, MlAssistService.MIN_SUPPORT);
				present = thresholds.present();
				absent = thresholds.absent();
				accuracy = thresholds.accuracy();
				validation.metric("accuracy", accuracy, null).metric("precision", thresholds.precision(), null)
						.metric("coverage", thresholds.coverage(), null)
						.metric("confidence", thresholds.confidence(), null);
			} else {
				Calibration.Thresholds thresholds = Calibration.calibrate(probabilities,
						LabeledTexts.firstLabels(checked), classes, target, MlAssistService.MIN_SUPPORT);
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
			return new Training(trainingRun, validationRun, (int) trainingRun.getItems(), checked.size(), accuracy,
					byClass);
		} catch (IOException e) {
			throw validation.ended(new StoreException("the classifier cannot be kept: " + e.getMessage(), e));
		} catch (RuntimeException e) {
			throw validation.ended(e);
		}
	}

	/** @return the texts as the classifier takes them: word counts for a multi-label one */
	private static TextBatch features(TextClassifier classifier, List<LabeledTexts.Example> examples) {
		return features(classifier.multiLabel(), LabeledTexts.texts(examples));
	}

	static TextBatch features(boolean multiLabel, List<String> texts) {
		return multiLabel ? TextFeatures.wordCounts(texts) : TextFeatures.of(texts);
	}

	/** Prelabels the unlabeled texts page by page; @return {predicted, prelabeled} */
	long[] prelabel(Workspace workspace, ProjectRecord record, KeptClassifiers.KeptText kept,
			IProgressMonitor monitor) {
		ItemStore items = workspace.store().items();
		long[] counts = { 0, 0 };
		PrelabelPages.run(workspace, record, monitor, (open, pageMonitor) -> {
			float[] probabilities = kept.classifier()
					.probabilities(features(kept.classifier().multiLabel(), texts(items, open)));
			List<PendingSubmission> prelabels = new ArrayList<>();
			for (int i = 0; i < open.size(); i++) {
				Optional<List<Decided>> classes = decide(kept, probabilities, i);
				if (classes.isPresent()) {
					prelabels.add(prelabel(open.get(i), classes.get()));
				}
			}
			counts[0] += open.size();
			counts[1] += prelabels.size();
			return prelabels;
		});
		return counts;
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
				.probabilities(features(kept.classifier().multiLabel(), texts(workspace.store().items(), items)));
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
				.toArray(), classifier.embeddings(features(classifier.multiLabel(), texts(items, page))), List.of());
	}

	private static List<String> texts(ItemStore items, List<ItemRecord> records) {
		return records.stream().map(item -> items.text(item.projectId(), item.id()).orElse(item.location())).toList();
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
