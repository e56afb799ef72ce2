package org.labelbench.ml.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.labelbench.core.Workspace;
import org.labelbench.store.MlModelRepository.StoredModel;

/** The files of a model kept in the store, unpacked and packed as the store keeps them (a zip archive). */
final class ModelFiles {

	private ModelFiles() {
	}

	/**
	 * Stores the project's latest model of {@code kind} again with its parameters damaged ({@link #damageParams}),
	 * its files unpacked and packed in {@code temp}.
	 *
	 * @return the model as it was stored before
	 */
	static StoredModel damageLatest(Workspace workspace, long projectId, String kind, Path temp) throws IOException {
		StoredModel stored = workspace.store().mlModels().latest(projectId, kind).orElseThrow();
		Path files = unpack(workspace, stored, temp.resolve("damaged"));
		damageParams(files);
		workspace.store().mlModels().replace(projectId, kind, stored.validationRun(), stored.thresholds(),
				pack(files, temp.resolve("damaged.zip")));
		return stored;
	}

	/** @return the folder with the stored model's files */
	static Path unpack(Workspace workspace, StoredModel model, Path folder) throws IOException {
		Path archive = Files.createTempFile("model-", ".zip");
		try {
			if (!workspace.store().mlModels().copyFiles(model, archive)) {
				throw new AssertionError("model " + model.id() + " was replaced");
			}
			Files.createDirectories(folder);
			try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					Path file = folder.resolve(entry.getName());
					Files.createDirectories(file.getParent());
					try (OutputStream out = Files.newOutputStream(file)) {
						in.transferTo(out);
					}
				}
			}
			return folder;
		} finally {
			Files.delete(archive);
		}
	}

	private static Path pack(Path folder, Path archive) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive));
				Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				out.putNextEntry(new ZipEntry(folder.relativize(file).toString()));
				Files.copy(file, out);
				out.closeEntry();
			}
		}
		return archive;
	}

	/** Overwrites the network's parameters with three bytes, as a damaged disk or a cut copy would. */
	private static void damageParams(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			Path params = files.filter(p -> p.toString().endsWith(".params")).findFirst()
					.orElseThrow(() -> new AssertionError("no .params file in " + folder));
			Files.write(params, new byte[] { 1, 2, 3 });
		}
	}
}
