package org.labelbench.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.core.runtime.ILog;
import org.labelbench.core.UserConfig;

/**
 * A user's workbench settings that outlive the application model (rebuilt from its definition at every start): small
 * properties files in the user's Labelbench folder ({@link UserConfig}). Each file is read and written whole; a file
 * that cannot be read counts as empty, and the workbench goes on.
 */
public final class UserSettings {

	/** The system property naming the settings folder, for tests and for users who keep their settings elsewhere. */
	public static final String FOLDER_PROPERTY = UserConfig.PROPERTY;

	private final Path file;

	public UserSettings(Path file) {
		this.file = file;
	}

	/** @return the settings kept in a file of the user's settings folder */
	public static UserSettings named(String fileName) {
		return new UserSettings(folder().resolve(fileName));
	}

	/** @return the user's settings folder */
	public static Path folder() {
		return UserConfig.directory();
	}

	public Path file() {
		return file;
	}

	/** @return every setting of the file, by key in key order; empty when there is no file or it cannot be read */
	public synchronized Map<String, String> read() {
		Map<String, String> values = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return values;
		}
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			ILog.of(UserSettings.class).warn("Ignoring the settings in " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return values;
		}
		properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
		return values;
	}

	/** Keeps one setting, writing the file again. */
	public synchronized void put(String key, String value) throws IOException {
		Map<String, String> values = read();
		values.put(key, value);
		Properties properties = new Properties();
		properties.putAll(values);
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path written = file.resolveSibling(file.getFileName() + ".new"); //$NON-NLS-1$
		try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
			properties.store(out, "Labelbench settings"); //$NON-NLS-1$
		}
		Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
