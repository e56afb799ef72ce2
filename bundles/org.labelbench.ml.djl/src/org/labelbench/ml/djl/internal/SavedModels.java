package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import ai.djl.MalformedModelException;
import ai.djl.Model;

/**
 * How the kept models (image and text classifiers, box detectors) are saved, loaded and closed: their settings in
 * {@code NAME.properties} beside DJL's parameters, every DJL call through {@link DjlRuntime}.
 */
final class SavedModels {

	private SavedModels() {
	}

	/** @param what what the model is, for the properties file's comment ("image classifier") */
	static void save(Model model, Path directory, String name, Properties settings, String what) throws IOException {
		Files.createDirectories(directory);
		try (OutputStream out = Files.newOutputStream(directory.resolve(name + ".properties"))) {
			settings.store(out, "Labelbench " + what + " (DJL, " + DjlRuntime.ENGINE + ")");
		}
		try {
			DjlRuntime.call(() -> {
				try {
					model.save(directory, name);
					return null;
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** @return the settings {@link #save} stored beside the parameters of model {@code name} */
	static Properties settings(Path directory, String name) throws IOException {
		Properties settings = new Properties();
		try (InputStream in = Files.newInputStream(directory.resolve(name + ".properties"))) {
			settings.load(in);
		}
		return settings;
	}

	/**
	 * Loads the parameters of {@code model}, whose block must be set; closes the model when they do not fit it.
	 *
	 * @param what what the model is, for the error ("not a classifier of this version")
	 */
	static void load(Model model, Path directory, String name, String what) throws IOException {
		try {
			model.load(directory, name);
		} catch (MalformedModelException | RuntimeException e) {
			model.close();
			throw new IOException("not a " + what + " of this version: " + e.getMessage(), e);
		}
	}

	static void close(Model model) {
		DjlRuntime.call(() -> {
			model.close();
			return null;
		});
	}
}
