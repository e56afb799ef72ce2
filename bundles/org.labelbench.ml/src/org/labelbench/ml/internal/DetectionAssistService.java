package org.labelbench.ml.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.ml.AveragePrecision;
import org.labelbench.ml.Calibration.ClassThreshold;
import org.labelbench.ml.Detection;
import org.labelbench.ml.DetectionAssist;
import org.labelbench.ml.DetectionImages;
import org.labelbench.ml.DetectionThresholds;
import org.labelbench.ml.DetectorEngine;
import org.labelbench.ml.ImageFeatures;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.ObjectDetector;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link DetectionAssist} on whatever {@link DetectorEngine} is registered. */
@Component(service = DetectionAssist.class)
public final class DetectionAssistService implements DetectionAssist {

	/** a held-out box is found by a detection that overlaps it at least this much */
	static final double MIN_IOU = 0.5;
	/** detections below this score are not worth ranking: they would only lengthen the precision/recall curve */
	static final double MIN_SCORE = 0.05;

	private final DetectorEngine engine;
	private final ImageDecoder decoder;
	private final TrainingSettings settings;

	@Activate
	public DetectionAssistService(@Reference DetectorEngine engine, @Reference ImageDecoder decoder) {
		this(engine, decoder, TrainingSettings.defaults());
	}

	public DetectionAssistService(DetectorEngine engine, ImageDecoder decoder, TrainingSettings settings) {
		this.engine = engine;
		this.decoder = decoder;
		this.settings = settings;
	}

	@Override
	public String engine() {
		return engine.description();
	}

	@Override
	public Training train(Workspace workspace, String project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Training the detector of " + project, 100);
		ProjectRecord record = detection(workspace, project);
		List<String> classes = MlAssistService.classes(record);
		LabeledBoxes data = LabeledBoxes.read(workspace.store().items(), record.id(), classes,
				MlAssistService.HELD_OUT_SHARE, settings.seed());
		requireEnough(project, data);
		MlAssistSettings ml = record.project().getMlAssist();
		TrainingSettings run = ml == null ? settings : settings.forProject(ml.getDevice(), ml.isAnyOrientation());
		RunLog training = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.TRAINING);
		ObjectDetector detector;
		MlRun trainingRun;
		try {
			DetectionImages images = input(workspace, project, locations(data.training()), progress.split(10));
			List<List<Detection>> boxes = boxes(data.training(), images);
			detector = engine.train(images.images(), boxes, classes, run, progress.split(70));
			trainingRun = training.items(boxes.size()).device(detector.device())
					.message(engine.description() + ", object detector, " + run.threads() + " threads"
							+ (run.anyOrientation() ? ", any orientation" : "")
							+ MlAssistService.left(images.failures()))
					.metric("boxes", boxes.stream().mapToInt(List::size).sum(), null).succeeded();
		} catch (RuntimeException e) {
			throw training.ended(e);
		}
		try (detector) {
			return validate(workspace, record, data, detector, trainingRun, progress.split(20));
		}
	}

	private Training validate(Workspace workspace, ProjectRecord record, LabeledBoxes data, ObjectDetector detector,
			MlRun trainingRun, IProgressMonitor monitor) {
		RunLog validation = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.VALIDATION);
		try {
			DetectionImages images = input(workspace, record.project().getName(), locations(data.heldOut()), monitor);
			List<List<Detection>> truth = boxes(data.heldOut(), images);
			AveragePrecision.Result evaluated = AveragePrecision.evaluate(detector.detect(images.images(), MIN_SCORE),
					truth, detector.classes(), MIN_IOU);
			double target = MlAssistService.targetPrecision(record);
			List<ClassThreshold> thresholds = DetectionThresholds.calibrate(evaluated, target,
					MlAssistService.MIN_SUPPORT);
			validation.items(truth.size()).device(detector.device())
					.message("mAP@" + MIN_IOU + ", target precision " + target
							+ MlAssistService.left(images.failures()))
					.metric("mAP", evaluated.mean(), null);
			Map<String, Double> averagePrecision = new LinkedHashMap<>();
			Map<String, Double> byClass = new LinkedHashMap<>();
			for (int c = 0; c < thresholds.size(); c++) {
				ClassThreshold threshold = thresholds.get(c);
				AveragePrecision.ClassResult result = evaluated.classes().get(c);
				averagePrecision.put(result.className(), result.averagePrecision());
				byClass.put(threshold.className(), threshold.threshold());
				validation.metric("AP", result.averagePrecision(), result.className())
						.metric("boxes", result.truths(), result.className())
						.metric("threshold", threshold.threshold(), threshold.className())
						.metric("precision", threshold.precision(), threshold.className())
						.metric("covered", threshold.covered(), threshold.className());
			}
			MlRun validationRun = validation.succeeded();
			KeptDetectors.save(workspace, record.id(), detector,
					thresholds.stream().mapToDouble(ClassThreshold::threshold).toArray(), validationRun.getId());
			return new Training(trainingRun, validationRun, (int) trainingRun.getItems(), truth.size(),
					evaluated.mean(), averagePrecision, byClass);
		} catch (IOException e) {
			throw validation.ended(new StoreException("the detector cannot be kept: " + e.getMessage(), e));
		} catch (RuntimeException e) {
			throw validation.ended(e);
		}
	}

	@Override
	public MlAssist.Prelabeling prelabel(Workspace workspace, String project, IProgressMonitor monitor) {
		ProjectRecord record = detection(workspace, project);
		try (KeptDetectors.Kept kept = KeptDetectors.load(workspace, project, record.id(), engine)) {
			RunLog run = RunLog.start(workspace.store().mlRuns(), record.id(), MlRunKind.INFERENCE);
			try {
				BoxPrelabeler.Counts counts = new BoxPrelabeler(workspace, record, kept, this::input).run(monitor);
				run.items(counts.predicted()).device(kept.detector().device())
						.message("detector of validation run " + kept.validationRun()
								+ MlAssistService.left(counts.failures()))
						.metric("prelabeled", counts.prelabeled(), null).metric("boxes", counts.boxes(), null)
						.metric("coverage",
								counts.predicted() == 0 ? 0 : (double) counts.prelabeled() / counts.predicted(), null);
				for (int c = 0; c < counts.byClass().length; c++) {
					run.metric("boxes", counts.byClass()[c], kept.detector().classes().get(c));
				}
				return new MlAssist.Prelabeling(run.succeeded(), counts.predicted(), counts.prelabeled());
			} catch (RuntimeException e) {
				throw run.ended(e);
			}
		}
	}

	@Override
	public List<ItemBoxes> detect(Workspace workspace, String project, List<String> items, double minScore,
			IProgressMonitor monitor) {
		ProjectRecord record = detection(workspace, project);
		for (String item : items) {
			workspace.store().items().findByLocation(record.id(), item).orElseThrow(
					() -> new InvalidInputException("project '" + project + "' has no item '" + item + "'"));
		}
		try (KeptDetectors.Kept kept = KeptDetectors.load(workspace, project, record.id(), engine)) {
			DetectionImages images = input(workspace, project, items, monitor);
			if (!images.failures().isEmpty()) {
				throw new InvalidInputException("cannot read " + String.join("; ", images.failures()));
			}
			List<List<Detection>> found = kept.detector().detect(images.images(), minScore);
			List<String> classes = kept.detector().classes();
			List<ItemBoxes> result = new ArrayList<>();
			for (int i = 0; i < items.size(); i++) {
				int width = images.widths()[i];
				int height = images.heights()[i];
				result.add(new ItemBoxes(items.get(i), found.get(i).stream()
						.map(d -> new Box(classes.get(d.label()), d.score(), d.x() * width, d.y() * height,
								d.width() * width, d.height() * height, d.score() >= kept.thresholds()[d.label()]))
						.toList()));
			}
			return result;
		}
	}

	DetectionImages input(Workspace workspace, String project, List<String> locations, IProgressMonitor monitor) {
		return DetectionImages.of(decoder, ImageFeatures.INPUT_SIZE, locations.size(),
				i -> ImageSource.of(locations.get(i), () -> workspace.review().open(project, locations.get(i))),
				settings.threads(), monitor);
	}

	/** @return the boxes of the examples that could be read, in fractions of their images */
	private static List<List<Detection>> boxes(List<LabeledBoxes.Example> examples, DetectionImages images) {
		List<List<Detection>> boxes = new ArrayList<>();
		for (int i = 0; i < images.kept().length; i++) {
			boxes.add(examples.get(images.kept()[i]).detections(images.widths()[i], images.heights()[i]));
		}
		return boxes;
	}

	private static List<String> locations(List<LabeledBoxes.Example> examples) {
		return examples.stream().map(LabeledBoxes.Example::location).toList();
	}

	static ProjectRecord detection(Workspace workspace, String project) {
		ProjectRecord record = workspace.projects().get(project);
		if (!TASK_TYPE.equals(record.project().getTaskType())) {
			throw new InvalidInputException("the detector trains on " + TASK_TYPE + " projects; '" + project
					+ "' is " + record.project().getTaskType());
		}
		return record;
	}

	private static void requireEnough(String project, LabeledBoxes data) {
		int boxes = LabeledBoxes.boxes(data.training()) + LabeledBoxes.boxes(data.heldOut());
		if (data.heldOut().isEmpty() || LabeledBoxes.boxes(data.training()) == 0) {
			throw new InvalidInputException("project '" + project + "' has " + (data.training().size()
					+ data.heldOut().size()) + " labeled images with " + boxes
					+ " boxes; training needs boxes on two labeled images at least");
		}
	}
}
