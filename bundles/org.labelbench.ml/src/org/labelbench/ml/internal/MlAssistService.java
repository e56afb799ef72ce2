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
import org.labelbench.ml.DetectionAssist;
import org.labelbench.ml.FeatureBatch;
import org.labelbench.ml.ImageClassifier;
import org.labelbench.ml.ImageFeatures;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.TextClassifierEngine;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

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
	private final TextClassifierEngine textEngine;
	/** object detection projects are trained and prelabeled by it */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
	private volatile DetectionAssist detection;

	@Activate
	public MlAssistService(@Reference ClassifierEngine engine, @Reference ImageDecoder decoder,
			@Reference TextClassifierEngine textEngine) {
		this(engine, decoder, textEngine, TrainingSettings.defaults());
	}

	public MlAssistService(ClassifierEngine engine, ImageDecoder decoder, TextClassifierEngine textEngine,
			TrainingSettings settings) {
		this.engine = engine;
		this.features = new ImageFeatures(decoder, ImageFeatures.INPUT_SIZE);
		this.settings = settings;
		this.textEngine = textEngine;
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
		workspace.access().require(org.labelbench.core.Permission.MANAGE, project, "train the classifier of");
		DetectionAssist detector = detectionOf(workspace, project);
		if (detector != null) {
			return handedOn(workspace, project, claimed, detector.train(workspace, project, monitor).asAssistTraining());
		}
		ProjectRecord text = textClassification(workspace, project);
		if (text != null) {
			return handedOn(workspace, project, claimed,
					new TextAssist(textEngine, settings).train(workspace, text, targetPrecision(text), monitor));
		}
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
			backbone(ml).filter(file -> !java.nio.file.Files.isRegularFile(file)).ifPresent(file -> { // before the images
				throw new InvalidInputException("project '" + project + "' cannot train on its backbone: the backbone"
						+ " file " + file + " does not exist");
			});
			training.metric(LABELS_METRIC, workspace.store().items().labeledCount(record.id()), null);
			FeatureBatch images = RecordedFeaturization.of(workspace.store().mlRuns(), record.id(), settings.threads(),
					() -> featurize(workspace, project, data.training(), progress.split(10)));
			int[] labels = select(data.labels(data.training()), images.kept());
			classifier = backbone(ml).isEmpty()
					? engine.train(images.images(), labels, classes, run, progress.split(70))
					: fineTune(project, backbone(ml).get(), images, labels, classes, run, progress.split(70));
			trainingRun = training.items(labels.length).device(classifier.device())
					.message(engine.description() + backbone(ml).map(b -> ", backbone " + b).orElse("") + ", "
							+ run.epochsFor(labels.length) + " epochs, " + run.threads() + " threads"
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

	/** @return the TorchScript backbone file the admin set for the project, if any */
	private static java.util.Optional<java.nio.file.Path> backbone(MlAssistSettings ml) {
		return ml == null || ml.getBackbonePath() == null || ml.getBackbonePath().isBlank() ? java.util.Optional.empty()
				: java.util.Optional.of(java.nio.file.Path.of(ml.getBackbonePath().trim()));
	}

	private ImageClassifier fineTune(String project, java.nio.file.Path backbone, FeatureBatch images, int[] labels,
			List<String> classes, TrainingSettings run, IProgressMonitor monitor) {
		try {
			return engine.fineTune(backbone, images.images(), labels, classes, run, monitor);
		} catch (IOException e) {
			throw new InvalidInputException("project '" + project + "' cannot train on its backbone: "
					+ e.getMessage());
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
		workspace.access().require(org.labelbench.core.Permission.MANAGE, project, "prelabel");
		DetectionAssist detector = detectionOf(workspace, project);
		if (detector != null) {
			return detector.prelabel(workspace, project, monitor);
		}
		ProjectRecord text = textClassification(workspace, project);
		if (text != null) {
			return prelabelTexts(workspace, text, monitor);
		}
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
		ProjectRecord text = textClassification(workspace, project);
		ProjectRecord record = text != null ? text : imageClassification(workspace, project);
		List<org.labelbench.store.ItemRecord> found = new ArrayList<>();
		for (String item : items) {
			found.add(workspace.store().items().findByLocation(record.id(), item).orElseThrow(
					() -> new InvalidInputException("project '" + project + "' has no item '" + item + "'")));
		}
		if (text != null) {
			try (KeptClassifiers.KeptText kept = KeptClassifiers.loadText(workspace, project, record.id(),
					textEngine)) {
				return new TextAssist(textEngine, settings).classify(workspace, record, found, kept);
			}
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

	@Override
	public Clustering cluster(Workspace workspace, String project, IProgressMonitor monitor) {
		workspace.access().require(org.labelbench.core.Permission.MANAGE, project, "group the queue of");
		ProjectRecord text = textClassification(workspace, project);
		ProjectRecord record = text != null ? text : imageClassification(workspace, project);
		return text != null ? clusterTexts(workspace, record, monitor) : clusterImages(workspace, record, monitor);
	}

	private Clustering clusterImages(Workspace workspace, ProjectRecord record, IProgressMonitor monitor) {
		String project = record.project().getName();
		try (KeptClassifiers.Kept kept = KeptClassifiers.load(workspace, project, record.id(), engine)) {
			ImageClassifier classifier = kept.classifier();
			return cluster(workspace, record, classifier.device(), classifier.embeddingSize(), (page, pageMonitor) -> {
				FeatureBatch images = features(workspace, project,
						page.stream().map(org.labelbench.store.ItemRecord::location).toList(), pageMonitor);
				return new QueueClusterer.Embedded(images.kept(), classifier.embeddings(images.images()),
						images.failures());
			}, kept.validationRun(), monitor);
		}
	}

	private Clustering clusterTexts(Workspace workspace, ProjectRecord record, IProgressMonitor monitor) {
		try (KeptClassifiers.KeptText kept = KeptClassifiers.loadText(workspace, record.project().getName(),
				record.id(), textEngine)) {
			return cluster(workspace, record, kept.classifier().device(), kept.classifier().embeddingSize(),
					TextAssist.embedder(workspace.store().items(), kept.classifier()), kept.validationRun(), monitor);
		}
	}

	private Clustering cluster(Workspace workspace, ProjectRecord record, String device, int dimension,
			QueueClusterer.Embedder embedder, long validationRun, IProgressMonitor monitor) {
		RunLog run = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.FEATURIZATION);
		try {
			QueueClusterer.Result result = new QueueClusterer(workspace, record, dimension, embedder, settings.seed())
					.run(classes(record).size(), monitor);
			run.items(result.embedded()).device(device)
					.message("embeddings of the classifier of validation run " + validationRun + "; "
							+ result.clusters() + " groups of look-alikes served together" + result.failureNote())
					.metric("clusters", result.clusters(), null).metric("moved", result.moved(), null)
					.metric("embedding size", dimension, null);
			return new Clustering(run.succeeded(), result.embedded(), result.clusters(), result.moved());
		} catch (RuntimeException e) {
			throw run.ended(e);
		}
	}

	private Prelabeling prelabelTexts(Workspace workspace, ProjectRecord record, IProgressMonitor monitor) {
		try (KeptClassifiers.KeptText kept = KeptClassifiers.loadText(workspace, record.project().getName(),
				record.id(), textEngine)) {
			RunLog run = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.INFERENCE);
			try {
				long[] counts = new TextAssist(textEngine, settings).prelabel(workspace, record, kept, monitor);
				run.items(counts[0]).device(kept.classifier().device())
						.message("text classifier of validation run " + kept.validationRun())
						.metric("prelabeled", counts[1], null)
						.metric("coverage", counts[0] == 0 ? 0 : (double) counts[1] / counts[0], null);
				return new Prelabeling(run.succeeded(), counts[0], counts[1]);
			} catch (RuntimeException e) {
				throw run.ended(e);
			}
		}
	}

	/** @return the project when it is text classification, else null */
	private static ProjectRecord textClassification(Workspace workspace, String project) {
		ProjectRecord record = workspace.projects().get(project);
		return TextAssist.handles(record) ? record : null;
	}

	/**
	 * Ends a training run a worker claimed from the queue for a project trained by another assistant (text, boxes),
	 * which records its own runs: the claimed run points to them rather than staying "running".
	 */
	private static Training handedOn(Workspace workspace, String project, MlRun claimed, Training training) {
		if (claimed != null) {
			long projectId = workspace.projects().get(project).id();
			RunLog.resume(workspace.store().mlRuns(), projectId, claimed).items(training.trained())
					.device(training.training().getDevice())
					.message("trained in run " + training.training().getId() + ", validated in run "
							+ training.validation().getId())
					.succeeded();
		}
		return training;
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

	/** @return the detection service when the project is object detection and it is there, else null */
	private DetectionAssist detectionOf(Workspace workspace, String project) {
		DetectionAssist service = detection;
		return service != null
				&& DetectionAssist.TASK_TYPE.equals(workspace.projects().get(project).project().getTaskType())
						? service
						: null;
	}

	private static ProjectRecord imageClassification(Workspace workspace, String project) {
		ProjectRecord record = workspace.projects().get(project);
		if (!IMAGE_MULTICLASS.equals(record.project().getTaskType())) {
			throw new InvalidInputException("ML assistance trains on " + IMAGE_MULTICLASS + ", "
					+ DetectionAssist.TASK_TYPE + ", " + TextAssist.MULTICLASS + " and " + TextAssist.MULTILABEL + " projects so far; '"
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

	static double targetPrecision(ProjectRecord record) {
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
		return left(images.failures());
	}

	/** @return a note on the images that could not be read, or nothing */
	static String left(List<String> failures) {
		return failures.isEmpty() ? ""
				: "; left out " + failures.size() + " unreadable: " + failures.get(0)
						+ (failures.size() > 1 ? " ..." : "");
	}
}
