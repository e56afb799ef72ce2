package org.labelbench.ml.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.labelbench.core.Workspace;
import org.labelbench.ml.Calibration.Thresholds;
import org.labelbench.ml.ClassifierEngine;
import org.labelbench.ml.ImageClassifier;
import org.labelbench.ml.TextClassifier;
import org.labelbench.ml.TextClassifierEngine;
import org.labelbench.ml.TrainedModel;

/**
 * The latest classifier of each project with its thresholds, kept in the store ({@link StoredModels}) so every
 * desktop and ML worker of the workspace or team server uses it. A classifier an older Labelbench kept in the
 * workspace folder ({@code ml/project-ID/current/}) is imported the first time it is asked for.
 */
final class KeptClassifiers {

	/** A loaded classifier with the thresholds calibrated for it; close it when done. */
	record Kept(ImageClassifier classifier, double[] thresholds, long validationRun) implements AutoCloseable {
		@Override
		public void close() {
			classifier.close();
		}
	}

	/**
	 * A loaded text classifier with its thresholds: {@code present} per class (single-label: the threshold of the most
	 * probable class), and for a multi-label one {@code absent} per class too.
	 */
	record KeptText(TextClassifier classifier, double[] present, double[] absent, long validationRun)
			implements AutoCloseable {
		@Override
		public void close() {
			classifier.close();
		}
	}

	private KeptClassifiers() {
	}

	/** @return where the workspace folder kept a project's classifiers before the store did, if it has a folder */
	static Optional<Path> folder(Workspace workspace, long projectId) {
		return workspace.location().workspace().map(root -> root.resolve("ml").resolve("project-" + projectId));
	}

	static void save(Workspace workspace, long projectId, ImageClassifier classifier, Thresholds thresholds,
			long validationRun) throws IOException {
		double[] present = new double[classifier.classes().size()];
		for (int c = 0; c < present.length; c++) {
			present[c] = thresholds.of(c);
		}
		save(workspace, projectId, classifier, present, null, validationRun);
	}

	/** @param absent for a multi-label classifier, the thresholds below which a class is absent; else null */
	static void save(Workspace workspace, long projectId, TrainedModel classifier, double[] present, double[] absent,
			long validationRun) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classifier.classes()));
		properties.setProperty("validationRun", Long.toString(validationRun));
		for (int c = 0; c < classifier.classes().size(); c++) {
			properties.setProperty("threshold." + c, Double.toString(present[c]));
			if (absent != null) {
				properties.setProperty("absent." + c, Double.toString(absent[c]));
			}
		}
		StoredModels.save(workspace, projectId, StoredModels.CLASSIFIER, classifier::save, properties, validationRun);
	}

	static Kept load(Workspace workspace, String project, long projectId, ClassifierEngine engine) {
		StoredModels.Loaded<ImageClassifier> loaded = load(workspace, project, projectId, engine::load);
		return new Kept(loaded.model(), loaded.values("threshold", "Infinity"), loaded.validationRun());
	}

	static KeptText loadText(Workspace workspace, String project, long projectId, TextClassifierEngine engine) {
		StoredModels.Loaded<TextClassifier> loaded = load(workspace, project, projectId, engine::load);
		return new KeptText(loaded.model(), loaded.values("threshold", "Infinity"),
				loaded.values("absent", "-Infinity"), loaded.validationRun());
	}

	private static <T extends TrainedModel> StoredModels.Loaded<T> load(Workspace workspace, String project,
			long projectId, StoredModels.Loader<T> loader) {
		return StoredModels.load(workspace, project, projectId, StoredModels.CLASSIFIER, "classifier",
				folder(workspace, projectId), "classifier", loader, TrainedModel::classes);
	}
}
