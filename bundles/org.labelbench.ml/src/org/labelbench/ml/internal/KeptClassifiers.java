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
import org.labelbench.ml.TextClassifier;
import org.labelbench.ml.TextClassifierEngine;
import org.labelbench.ml.TrainedModel;
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

	/** Reads a classifier's files. */
	@FunctionalInterface
	private interface Loader<T extends TrainedModel> {
		T load(Path directory) throws IOException;
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
		double[] present = new double[classifier.classes().size()];
		for (int c = 0; c < present.length; c++) {
			present[c] = thresholds.of(c);
		}
		save(workspace, projectId, classifier, present, null, validationRun);
	}

	/** @param absent for a multi-label classifier, the thresholds below which a class is absent; else null */
	static void save(Workspace workspace, long projectId, TrainedModel classifier, double[] present, double[] absent,
			long validationRun) throws IOException {
		Path folder = folder(workspace, projectId);
		Files.createDirectories(folder);
		Path next = Files.createTempDirectory(folder, "next-");
		classifier.save(next.resolve("classifier"));
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classifier.classes()));
		properties.setProperty("validationRun", Long.toString(validationRun));
		for (int c = 0; c < classifier.classes().size(); c++) {
			properties.setProperty("threshold." + c, Double.toString(present[c]));
			if (absent != null) {
				properties.setProperty("absent." + c, Double.toString(absent[c]));
			}
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
		Loaded<ImageClassifier> loaded = load(workspace, project, projectId, engine::load);
		return new Kept(loaded.classifier(), loaded.present(), loaded.validationRun());
	}

	static KeptText loadText(Workspace workspace, String project, long projectId, TextClassifierEngine engine) {
		Loaded<TextClassifier> loaded = load(workspace, project, projectId, engine::load);
		return new KeptText(loaded.classifier(), loaded.present(), loaded.absent(), loaded.validationRun());
	}

	private record Loaded<T>(T classifier, double[] present, double[] absent, long validationRun) {
	}

	private static <T extends TrainedModel> Loaded<T> load(Workspace workspace, String project, long projectId,
			Loader<T> loader) {
		Path current = folder(workspace, projectId).resolve("current");
		if (!Files.isRegularFile(current.resolve("thresholds.properties"))) {
			throw new InvalidInputException("project '" + project + "' has no trained classifier yet: train one first");
		}
		try {
			Properties properties = new Properties();
			try (InputStream in = Files.newInputStream(current.resolve("thresholds.properties"))) {
				properties.load(in);
			}
			T classifier = loader.load(current.resolve("classifier"));
			List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
			if (!classes.equals(classifier.classes())) {
				classifier.close();
				throw new IOException("its thresholds are for classes " + classes + ", not " + classifier.classes());
			}
			double[] thresholds = new double[classes.size()];
			double[] absent = new double[classes.size()];
			for (int c = 0; c < thresholds.length; c++) {
				thresholds[c] = Double.parseDouble(properties.getProperty("threshold." + c, "Infinity"));
				absent[c] = Double.parseDouble(properties.getProperty("absent." + c, "-Infinity"));
			}
			return new Loaded<>(classifier, thresholds, absent,
					Long.parseLong(properties.getProperty("validationRun", "0")));
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
