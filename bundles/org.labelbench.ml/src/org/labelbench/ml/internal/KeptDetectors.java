package org.labelbench.ml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

import org.labelbench.core.Workspace;
import org.labelbench.ml.DetectorEngine;
import org.labelbench.ml.ObjectDetector;
import org.labelbench.store.InvalidInputException;

/**
 * The latest detector of each project with its thresholds, beside the classifiers ({@link KeptClassifiers}) under
 * {@code ml/project-ID/detector/}: the engine's files in {@code current/model/}, the thresholds in
 * {@code current/thresholds.properties}. A new detector is written beside the old one and moved in place.
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

	private static Path folder(Workspace workspace, long projectId) {
		return KeptClassifiers.folder(workspace, projectId).resolve("detector");
	}

	static void save(Workspace workspace, long projectId, ObjectDetector detector, double[] thresholds,
			long validationRun) throws IOException {
		Path folder = folder(workspace, projectId);
		Files.createDirectories(folder);
		Path next = Files.createTempDirectory(folder, "next-");
		detector.save(next.resolve("model"));
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", detector.classes()));
		properties.setProperty("validationRun", Long.toString(validationRun));
		for (int c = 0; c < thresholds.length; c++) {
			properties.setProperty("threshold." + c, Double.toString(thresholds[c]));
		}
		try (OutputStream out = Files.newOutputStream(next.resolve("thresholds.properties"))) {
			properties.store(out, "per-class score thresholds calibrated on held-out boxes");
		}
		Path current = folder.resolve("current");
		Path old = folder.resolve("old");
		KeptClassifiers.delete(old);
		if (Files.exists(current)) {
			Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
		KeptClassifiers.delete(old);
	}

	static Kept load(Workspace workspace, String project, long projectId, DetectorEngine engine) {
		Path current = folder(workspace, projectId).resolve("current");
		if (!Files.isRegularFile(current.resolve("thresholds.properties"))) {
			throw new InvalidInputException("project '" + project + "' has no trained detector yet: train one first");
		}
		try {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(current.resolve("thresholds.properties"))) {
				properties.load(in);
			}
			ObjectDetector detector = engine.load(current.resolve("model"));
			List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
			if (!classes.equals(detector.classes())) {
				detector.close();
				throw new IOException("its thresholds are for classes " + classes + ", not " + detector.classes());
			}
			double[] thresholds = new double[classes.size()];
			for (int c = 0; c < thresholds.length; c++) {
				thresholds[c] = Double.parseDouble(properties.getProperty("threshold." + c, "Infinity"));
			}
			return new Kept(detector, thresholds, Long.parseLong(properties.getProperty("validationRun", "0")));
		} catch (IOException | RuntimeException e) {
			throw new InvalidInputException("the detector of project '" + project + "' in " + current
					+ " cannot be read: " + e.getMessage());
		}
	}
}
