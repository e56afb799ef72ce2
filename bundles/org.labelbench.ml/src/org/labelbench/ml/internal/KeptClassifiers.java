package org.labelbench.ml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.labelbench.core.Workspace;
import org.labelbench.ml.Calibration.Thresholds;
import org.labelbench.ml.ClassifierEngine;
import org.labelbench.ml.ImageClassifier;
import org.labelbench.store.InvalidInputException;

/**
 * The latest classifier of each project with its thresholds, in the workspace folder under
 * {@code ml/project-ID/}: the engine's files in {@code classifier/}, the thresholds in {@code thresholds.properties}.
 * A new classifier is written beside the old one and moved in place, so readers never see half of one.
 */
final class KeptClassifiers {

	/** A loaded classifier with the thresholds calibrated for it; close it when done. */
	record Kept(ImageClassifier classifier, double[] thresholds, long validationRun) implements AutoCloseable {
		@Override
		public void close() {
			classifier.close();
		}
	}

	private KeptClassifiers() {
	}

	static Path folder(Workspace workspace, long projectId) {
		Path root = workspace.location().workspace().orElseThrow(() -> new InvalidInputException(
				"ML assistance keeps its classifiers in the workspace folder: use a local workspace, not a server"));
		return root.resolve("ml").resolve("project-" + projectId);
	}

	static void save(Workspace workspace, long projectId, ImageClassifier classifier, Thresholds thresholds,
			long validationRun) throws IOException {
		Path folder = folder(workspace, projectId);
		Files.createDirectories(folder);
		Path next = Files.createTempDirectory(folder, "next-");
		classifier.save(next.resolve("classifier"));
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classifier.classes()));
		properties.setProperty("validationRun", Long.toString(validationRun));
		for (int c = 0; c < classifier.classes().size(); c++) {
			properties.setProperty("threshold." + c, Double.toString(thresholds.of(c)));
		}
		try (OutputStream out = Files.newOutputStream(next.resolve("thresholds.properties"))) {
			properties.store(out, "per-class thresholds calibrated on held-out labels");
		}
		Path current = folder.resolve("current");
		Path old = folder.resolve("old");
		delete(old);
		if (Files.exists(current)) {
			Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
		delete(old);
	}

	static Kept load(Workspace workspace, String project, long projectId, ClassifierEngine engine) {
		Path current = folder(workspace, projectId).resolve("current");
		if (!Files.isRegularFile(current.resolve("thresholds.properties"))) {
			throw new InvalidInputException("project '" + project + "' has no trained classifier yet: train one first");
		}
		try {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(current.resolve("thresholds.properties"))) {
				properties.load(in);
			}
			ImageClassifier classifier = engine.load(current.resolve("classifier"));
			List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
			if (!classes.equals(classifier.classes())) {
				classifier.close();
				throw new IOException("its thresholds are for classes " + classes + ", not " + classifier.classes());
			}
			double[] thresholds = new double[classes.size()];
			for (int c = 0; c < thresholds.length; c++) {
				thresholds[c] = Double.parseDouble(properties.getProperty("threshold." + c, "Infinity"));
			}
			return new Kept(classifier, thresholds, Long.parseLong(properties.getProperty("validationRun", "0")));
		} catch (IOException | RuntimeException e) {
			throw new InvalidInputException("the classifier of project '" + project + "' in " + current
					+ " cannot be read: " + e.getMessage());
		}
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.delete(file);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
