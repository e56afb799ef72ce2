package org.labelbench.ml.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.Calibration.ClassThreshold;
import org.labelbench.ml.Calibration.Thresholds;
import org.labelbench.ml.ClassifierEngine;
import org.labelbench.ml.FeatureBatch;
import org.labelbench.ml.ImageClassifier;
import org.labelbench.ml.ImageFeatures;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ComputeDevice;
import org.labelbench.model.LabelClass;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MlAssist} on whatever {@link ClassifierEngine} is registered. */
@Component(service = MlAssist.class)
public final class MlAssistService implements MlAssist {

	static final String IMAGE_MULTICLASS = "image-multiclass";
	/** the share of the human labels held out to calibrate the thresholds */
	static final double HELD_OUT_SHARE = 0.25;
	/** the fewest held-out items a class's threshold may rest on */
	static final int MIN_SUPPORT = 5;
	static final double DEFAULT_TARGET_PRECISION = 0.95;
	/** the training run's metric: the project's labeled items when it started, to know when the next one is due */
	public static final String LABELS_METRIC = "labels";

	private final ClassifierEngine engine;
	private final ImageFeatures features;
	private final TrainingSettings settings;

	@Activate
	public MlAssistService(@Reference ClassifierEngine engine, @Reference ImageDecoder decoder) {
		this(engine, decoder, TrainingSettings.defaults());
	}

	public MlAssistService(ClassifierEngine engine, ImageDecoder decoder, TrainingSettings settings) {
		this.engine = engine;
		this.features = new ImageFeatures(decoder, ImageFeatures.INPUT_SIZE);
		this.settings = settings;
	}

	@Override
	public String engine() {
		return engine.description();
	}

	@Override
	public Training train(Workspace workspace, String project, IProgressMonitor monitor) {
		return train(workspace, project, null, monitor);
	}

	@Override
	public Training train(Workspace workspace, String project, MlRun claimed, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Training the classifier of " + project, 100);
		ProjectRecord record = imageClassification(workspace, project);
		List<String> classes = classes(record);
		LabeledImages data = LabeledImages.read(workspace.store().items(), record.id(), classes, HELD_OUT_SHARE,
				settings.seed());
		requireEnough(project, data);
		MlAssistSettings ml = record.project().getMlAssist();
		TrainingSettings run = ml == null ? settings : settings.forProject(ml.getDevice(), ml.isAnyOrientation());
		RunLog training = claimed == null ? RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.TRAINING)
				: RunLog.resume(workspace.store().mlRuns(), record.id(), claimed);
		ImageClassifier classifier;
		MlRun trainingRun;
		try {
			training.metric(LABELS_METRIC, workspace.store().items().counts(record.id()).labeled(), null);
			FeatureBatch images = RecordedFeaturization.of(workspace.store().mlRuns(), record.id(), settings.threads(),
					() -> featurize(workspace, project, data.training(), progress.split(10)));
			int[] labels = select(data.labels(data.training()), images.kept());
			classifier = engine.train(images.images(), labels, classes, run, progress.split(70));
			trainingRun = training.items(labels.length).device(classifier.device())
					.message(engine.description() + ", " + run.epochsFor(labels.length) + " epochs, " + run.threads() + " threads"
							+ (run.anyOrientation() ? ", any orientation" : "") + left(images)
							+ fallback(run.device(), classifier.device()))
					.metric("epochs", run.epochsFor(labels.length), null).succeeded();
		} catch (RuntimeException e) {
			throw training.ended(e);
		}
		try (classifier) {
			return validate(workspace, record, data, classifier, trainingRun, progress.split(20));
		}
	}

	private Training validate(Workspace workspace, ProjectRecord record, LabeledImages data,
			ImageClassifier classifier, MlRun trainingRun, IProgressMonitor monitor) {
		RunLog validation = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.VALIDATION);
		try {
			FeatureBatch images = featurize(workspace, record.project().getName(), data.heldOut(), monitor);
			int[] truth = select(data.labels(data.heldOut()), images.kept());
			Thresholds thresholds = Calibration.calibrate(classifier.probabilities(images.images()), truth,
					classifier.classes(), targetPrecision(record), MIN_SUPPORT);
			validation.items(truth.length).device(classifier.device()).message("target precision "
					+ targetPrecision(record) + left(images));
			validation.metric("accuracy", thresholds.accuracy(), null)
					.metric("precision", thresholds.precision(), null)
					.metric("coverage", thresholds.coverage(), null);
			Map<String, Double> byClass = new LinkedHashMap<>();
			for (ClassThreshold threshold : thresholds.classes()) {
				byClass.put(threshold.className(), threshold.threshold());
				validation.metric("threshold", threshold.threshold(), threshold.className())
						.metric("precision", threshold.precision(), threshold.className())
						.metric("covered", threshold.covered(), threshold.className());
			}
			MlRun validationRun = validation.succeeded();
			KeptClassifiers.save(workspace, record.id(), classifier, thresholds, validationRun.getId());
			return new Training(trainingRun, validationRun, (int) trainingRun.getItems(), truth.length,
					thresholds.accuracy(), byClass);
		} catch (IOException e) {
			throw validation.ended(new StoreException("the classifier cannot be kept: " + e.getMessage(), e));
		} catch (RuntimeException e) {
			throw validation.ended(e);
		}
	}

	@Override
	public Prelabeling prelabel(Workspace workspace, String project, IProgressMonitor monitor) {
		ProjectRecord record = imageClassification(workspace, project);
		try (KeptClassifiers.Kept kept = KeptClassifiers.load(workspace, project, record.id(), engine)) {
			RunLog run = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.INFERENCE);
			try {
				Prelabeler.Counts counts = new Prelabeler(workspace, record, kept, this::features).run(monitor);
				run.items(counts.predicted()).device(kept.classifier().device())
						.message("classifier of validation run " + kept.validationRun() + counts.failureNote())
						.metric("prelabeled", counts.prelabeled(), null)
						.metric("coverage", counts.predicted() == 0 ? 0 : (double) counts.prelabeled() / counts.predicted(),
								null);
				for (int c = 0; c < counts.byClass().length; c++) {
					run.metric("prelabeled", counts.byClass()[c], kept.classifier().classes().get(c));
				}
				return new Prelabeling(run.succeeded(), counts.predicted(), counts.prelabeled());
			} catch (RuntimeException e) {
				throw run.ended(e);
			}
		}
	}

	@Override
	public List<Prediction> classify(Workspace workspace, String project, List<String> items,
			IProgressMonitor monitor) {
		ProjectRecord record = imageClassification(workspace, project);
		for (String item : items) {
			workspace.store().items().findByLocation(record.id(), item).orElseThrow(
					() -> new InvalidInputException("project '" + project + "' has no item '" + item + "'"));
		}
		try (KeptClassifiers.Kept kept = KeptClassifiers.load(workspace, project, record.id(), engine)) {
			FeatureBatch images = features(workspace, project, items, monitor);
			if (!images.failures().isEmpty()) {
				throw new InvalidInputException("cannot read " + String.join("; ", images.failures()));
			}
			float[] probabilities = kept.classifier().probabilities(images.images());
			List<String> classes = kept.classifier().classes();
			List<Prediction> predictions = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				int best = Calibration.argmax(probabilities, i * classes.size(), classes.size());
				double confidence = probabilities[i * classes.size() + best];
				predictions.add(new Prediction(items.get(i), classes.get(best), confidence,
						confidence >= kept.thresholds()[best]));
			}
			return predictions;
		}
	}

	@Override
	public Job trainAndPrelabelJob(Workspace workspace, String project) {
		return new TrainingJob(this, workspace, project, null);
	}

	FeatureBatch featurize(Workspace workspace, String project, List<LabeledImages.Example> examples,
			IProgressMonitor monitor) {
		return features(workspace, project, examples.stream().map(LabeledImages.Example::location).toList(), monitor);
	}

	FeatureBatch features(Workspace workspace, String project, List<String> locations, IProgressMonitor monitor) {
		return FeatureBatch.of(features, locations.size(),
				i -> ImageSource.of(locations.get(i), () -> workspace.review().open(project, locations.get(i))),
				settings.threads(), monitor);
	}

	private static ProjectRecord imageClassification(Workspace workspace, String project) {
		ProjectRecord record = workspace.projects().get(project);
		if (!IMAGE_MULTICLASS.equals(record.project().getTaskType())) {
			throw new InvalidInputException("ML assistance trains on " + IMAGE_MULTICLASS + " projects so far; '"
					+ project + "' is " + record.project().getTaskType());
		}
		return record;
	}

	static List<String> classes(ProjectRecord record) {
		return record.project().getLabelClasses().stream()
				.sorted(java.util.Comparator.comparingInt(LabelClass::getOrder)).map(LabelClass::getName).toList();
	}

	private static void requireEnough(String project, LabeledImages data) {
		long classes = data.training().stream().mapToInt(LabeledImages.Example::label).distinct().count();
		if (classes < 2 || data.heldOut().isEmpty()) {
			throw new InvalidInputException("project '" + project + "' has " + (data.training().size()
					+ data.heldOut().size()) + " labeled items in " + classes
					+ " classes; training needs labels of two classes at least");
		}
	}

	private static double targetPrecision(ProjectRecord record) {
		MlAssistSettings ml = record.project().getMlAssist();
		return ml == null ? DEFAULT_TARGET_PRECISION : ml.getTargetPrecision();
	}

	private static int[] select(int[] values, int[] kept) {
		int[] selected = new int[kept.length];
		for (int i = 0; i < kept.length; i++) {
			selected[i] = values[kept[i]];
		}
		return selected;
	}

	/** @return a note when a GPU was asked for and the engine computed elsewhere, or nothing */
	static String fallback(ComputeDevice wanted, String used) {
		return wanted == ComputeDevice.GPU && !used.startsWith("gpu") ? "; GPU asked for, none found: on " + used : "";
	}

	/** @return a note on the images that could not be read, or nothing */
	static String left(FeatureBatch images) {
		return images.failures().isEmpty() ? ""
				: "; left out " + images.failures().size() + " unreadable: " + images.failures().get(0)
						+ (images.failures().size() > 1 ? " ..." : "");
	}
}
