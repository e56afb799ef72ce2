package org.labelbench.ml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.ILog;
import org.labelbench.core.Workspace;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlModelRepository;
import org.labelbench.store.MlModelRepository.StoredModel;
import org.labelbench.store.StoreException;

/**
 * Keeps each project's latest model of a kind in the store ({@link MlModelRepository}): the engine's files packed in
 * a zip archive, the thresholds as properties text. So an embedded workspace, the desktops of a team server and its
 * ML workers all use the same model. Loading copies the archive once per model into a local cache, keyed by the
 * archive's checksum, and the engine reads it from there.
 * <p>
 * Before models were kept in the store, they were kept in the workspace folder ({@code ml/project-ID/...current/}):
 * such a model is imported into the store the first time it is asked for, and the folder is left as it was.
 */
final class StoredModels {

	static final String CLASSIFIER = "classifier";
	static final String DETECTOR = "detector";
	private static final String THRESHOLDS_FILE = "thresholds.properties";
	/** cached models not used for this long are deleted when another one is cached */
	private static final Duration CACHE_KEPT = Duration.ofDays(7);

	/** A model's files on this machine, ready for the engine's {@code load}, with its thresholds. */
	record Local(Path files, Properties thresholds, long modelId) {
	}

	/** Reads a model's files. */
	@FunctionalInterface
	interface Loader<T> {
		T load(Path directory) throws IOException;
	}

	/** Writes a model's files. */
	@FunctionalInterface
	interface Saver {
		void save(Path directory) throws IOException;
	}

	private StoredModels() {
	}

	/** Stores a project's new model of a kind in place of the last one. */
	static void save(Workspace workspace, long projectId, String kind, Saver model, Properties thresholds,
			long validationRun) throws IOException {
		Path temp = Files.createTempDirectory("labelbench-" + kind + "-");
		try {
			Path files = temp.resolve("model");
			model.save(files);
			Path archive = temp.resolve("model.zip");
			zip(files, archive);
			workspace.store().mlModels().replace(projectId, kind, validationRun, text(thresholds), archive);
		} finally {
			delete(temp);
		}
	}

	/**
	 * Loads the project's model of a kind and checks that its thresholds are for the model's classes.
	 *
	 * @param what     the model as the user knows it, e.g. "classifier", for messages
	 * @param folder   where the workspace folder kept this kind of model before the store did
	 * @param filesDir the folder in {@code current/} with the engine's files in the workspace folder's layout
	 * @throws InvalidInputException when the project has no such model, or it cannot be read, naming the project
	 */
	static <T extends AutoCloseable> Loaded<T> load(Workspace workspace, String project, long projectId,
			String kind, String what, Optional<Path> folder, String filesDir, Loader<T> loader,
			Function<T, List<String>> classesOf) {
		StoredModel stored = latest(workspace, project, projectId, kind, what, folder, filesDir);
		try {
			Local local = local(workspace, stored);
			T model = loader.load(local.files());
			List<String> classes = List.of(local.thresholds().getProperty("classes", "").split("\n"));
			if (!classes.equals(classesOf.apply(model))) {
				close(model);
				throw new IOException("its thresholds are for classes " + classes + ", not " + classesOf.apply(model));
			}
			return new Loaded<>(model, local.thresholds(), stored.validationRun(), classes.size());
		} catch (StoreException e) {
			throw e; // the database, not the model: the server has gone, say
		} catch (IOException | RuntimeException e) {
			throw new InvalidInputException("the " + what + " of project '" + project + "' (stored model "
					+ stored.id() + ", saved " + stored.savedAt().toInstant() + ") cannot be read: " + e.getMessage());
		}
	}

	/** A loaded model with its thresholds properties. */
	record Loaded<T>(T model, Properties thresholds, long validationRun, int classes) {

		/** @return the per-class values of a threshold property ({@code prefix.0}, {@code prefix.1}, ...) */
		double[] values(String prefix, String missing) {
			double[] values = new double[classes];
			for (int c = 0; c < values.length; c++) {
				values[c] = Double.parseDouble(thresholds.getProperty(prefix + "." + c, missing));
			}
			return values;
		}
	}

	private static void close(AutoCloseable model) {
		try {
			model.close();
		} catch (Exception e) {
			ILog.of(StoredModels.class).warn("cannot close a model: " + e.getMessage());
		}
	}

	private static StoredModel latest(Workspace workspace, String project, long projectId, String kind, String what,
			Optional<Path> folder, String filesDir) {
		MlModelRepository models = workspace.store().mlModels();
		Optional<StoredModel> stored = models.latest(projectId, kind);
		if (stored.isEmpty() && folder.isPresent()) {
			stored = importFolder(models, project, projectId, kind, what, folder.get().resolve("current"), filesDir);
		}
		return stored.orElseThrow(() -> new InvalidInputException(
				"project '" + project + "' has no trained " + what + " yet: train one first"));
	}

	/** Imports a model the workspace folder kept before models were stored in the database; leaves the folder. */
	private static Optional<StoredModel> importFolder(MlModelRepository models, String project, long projectId,
			String kind, String what, Path current, String filesDir) {
		if (!Files.isRegularFile(current.resolve(THRESHOLDS_FILE))) {
			return Optional.empty();
		}
		Path temp = null;
		try {
			Properties thresholds = new Properties();
			try (InputStream in = Files.newInputStream(current.resolve(THRESHOLDS_FILE))) {
				thresholds.load(in);
			}
			temp = Files.createTempDirectory("labelbench-import-");
			Path archive = temp.resolve("model.zip");
			zip(current.resolve(filesDir), archive);
			StoredModel stored = models.replace(projectId, kind,
					Long.parseLong(thresholds.getProperty("validationRun", "0")), text(thresholds), archive);
			ILog.of(StoredModels.class).info("imported the " + what + " of project '" + project + "' from " + current
					+ " into the store as model " + stored.id());
			return Optional.of(stored);
		} catch (IOException | RuntimeException e) {
			throw new InvalidInputException("the " + what + " of project '" + project + "' in " + current
					+ " cannot be read: " + e.getMessage());
		} finally {
			deleteQuietly(temp);
		}
	}

	/** @return the model's files in the local cache, copied from the store when they are not there yet */
	private static Local local(Workspace workspace, StoredModel stored) throws IOException {
		Properties thresholds = new Properties();
		thresholds.load(new StringReader(stored.thresholds()));
		Path root = cacheRoot();
		Path cached = root.resolve(stored.checksum());
		if (Files.isDirectory(cached)) {
			Files.setLastModifiedTime(cached, FileTime.from(Instant.now()));
			return new Local(cached, thresholds, stored.id());
		}
		Path partial = Files.createTempDirectory(root, ".partial-");
		try {
			Path archive = partial.resolve("model.zip");
			if (!workspace.store().mlModels().copyFiles(stored, archive)) {
				throw new IOException("it was replaced while being read; try again");
			}
			Path files = Files.createDirectory(partial.resolve("files"));
			unzip(archive, files);
			try {
				Files.move(files, cached, StandardCopyOption.ATOMIC_MOVE);
			} catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
				// another process cached the same model meanwhile: use that one
			}
		} finally {
			delete(partial);
		}
		pruneCache(root, cached);
		return new Local(cached, thresholds, stored.id());
	}

	/** @return where this user's copies of stored models are kept, by checksum */
	static Path cacheRoot() throws IOException {
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "labelbench-models-" + System.getProperty("user.name"));
		return Files.createDirectories(root);
	}

	private static void pruneCache(Path root, Path keep) {
		Instant before = Instant.now().minus(CACHE_KEPT);
		try (Stream<Path> entries = Files.list(root)) {
			for (Path entry : entries.toList()) {
				if (!entry.equals(keep) && Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
					delete(entry);
				}
			}
		} catch (IOException | UncheckedIOException e) {
			ILog.of(StoredModels.class).warn("cannot clean the cache of ML models in " + root + ": " + e.getMessage());
		}
	}

	static String text(Properties properties) throws IOException {
		StringWriter text = new StringWriter();
		properties.store(text, "per-class thresholds calibrated on held-out labels");
		return text.toString();
	}

	static void zip(Path folder, Path archive) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive));
				Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
	}

	private static void unzip(Path archive, Path folder) throws IOException {
		int entries = 0;
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path file = folder.resolve(entry.getName()).normalize();
				if (!file.startsWith(folder)) {
					throw new IOException("its archive names a file outside it: " + entry.getName());
				}
				if (!entry.isDirectory()) {
					Files.createDirectories(file.getParent());
					try (OutputStream out = Files.newOutputStream(file)) {
						in.transferTo(out);
					}
					entries++;
				}
			}
		}
		if (entries == 0) {
			throw new IOException("its stored files are not a zip archive of a model");
		}
	}

	static void delete(Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> {
				try {
					Files.delete(file);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteQuietly(Path folder) {
		try {
			delete(folder);
		} catch (IOException | UncheckedIOException e) {
			ILog.of(StoredModels.class).warn("cannot delete " + folder + ": " + e.getMessage());
		}
	}
}
