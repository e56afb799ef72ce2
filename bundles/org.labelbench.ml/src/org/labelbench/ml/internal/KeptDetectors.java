package org.labelbench.ml.internal;

import java.io.IOException;
import java.util.Properties;

import org.labelbench.core.Workspace;
import org.labelbench.ml.DetectorEngine;
import org.labelbench.ml.ObjectDetector;

/**
 * The latest detector of each project with its thresholds, kept in the store beside the classifiers
 * ({@link StoredModels}). A detector an older Labelbench kept in the workspace folder
 * ({@code ml/project-ID/detector/current/}) is imported the first time it is asked for.
 */
final class KeptDetectors {

	/** A loaded detector with the thresholds calibrated for it; close it when done. */
	record Kept(ObjectDetector detector, double[] thresholds, long validationRun) implements AutoCloseable {
		@Override
		public void close() {
			detector.close();
		}
	}

	private KeptDetectors() {
	}

	static void save(Workspace workspace, long projectId, ObjectDetector detector, double[] thresholds,
			long validationRun) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", detector.classes()));
		properties.setProperty("validationRun", Long.toString(validationRun));
		for (int c = 0; c < thresholds.length; c++) {
			properties.setProperty("threshold." + c, Double.toString(thresholds[c]));
		}
		StoredModels.save(workspace, projectId, StoredModels.DETECTOR, detector::save, properties, validationRun);
	}

	static Kept load(Workspace workspace, String project, long projectId, DetectorEngine engine) {
		StoredModels.Loaded<ObjectDetector> loaded = StoredModels.load(workspace, project, projectId,
				StoredModels.DETECTOR, "detector",
				KeptClassifiers.folder(workspace, projectId).map(folder -> folder.resolve("detector")), "model",
				engine::load, ObjectDetector::classes);
		return new Kept(loaded.model(), loaded.values("threshold", "Infinity"), loaded.validationRun());
	}
}
