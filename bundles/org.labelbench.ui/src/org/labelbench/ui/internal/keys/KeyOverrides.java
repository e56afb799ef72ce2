package org.labelbench.ui.internal.keys;

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
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;

/**
 * The keys a user rebound, kept in a file of their own ({@code ~/.config/labelbench/keys.properties}, or the file
 * that the system property {@code labelbench.keys} names) as binding id = key sequence, and put into the application
 * model's bindings when the workbench starts. The application model itself is rebuilt from its definition at every
 * start, so this file is what makes a rebinding last.
 */
public final class KeyOverrides {

	/** The system property naming the file, for tests and for users who keep their settings elsewhere. */
	public static final String FILE_PROPERTY = "labelbench.keys"; //$NON-NLS-1$

	private KeyOverrides() {
	}

	/** @return the file that holds the user's keys */
	public static Path file() {
		String configured = System.getProperty(FILE_PROPERTY);
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".config", "labelbench", "keys.properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Puts the user's keys into the model's bindings; a file that cannot be read changes nothing. */
	public static void apply(MApplication application) {
		Map<String, String> keys = read();
		for (MKeyBinding binding : bindings(application).values()) {
			String key = keys.get(binding.getElementId());
			if (key != null) {
				binding.setKeySequence(key);
			}
		}
	}

	/** Rebinds one binding of the model and saves the change. */
	public static void rebind(MApplication application, MKeyBinding binding, String keySequence) throws IOException {
		binding.setKeySequence(keySequence);
		Map<String, String> keys = read();
		keys.put(binding.getElementId(), keySequence);
		write(keys);
	}

	/** @return every key binding of the model by its id, in id order */
	public static Map<String, MKeyBinding> bindings(MApplication application) {
		Map<String, MKeyBinding> bindings = new TreeMap<>();
		for (MBindingTable table : application.getBindingTables()) {
			for (MKeyBinding binding : table.getBindings()) {
				bindings.put(binding.getElementId(), binding);
			}
		}
		return bindings;
	}

	private static Map<String, String> read() {
		Map<String, String> keys = new TreeMap<>();
		Path file = file();
		if (Files.isRegularFile(file)) {
			Properties properties = new Properties();
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(in);
				properties.forEach((id, key) -> keys.put((String) id, (String) key));
			} catch (IOException | IllegalArgumentException e) {
				ILog.of(KeyOverrides.class).warn("The key settings in " + file + " cannot be read: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return keys;
	}

	private static void write(Map<String, String> keys) throws IOException {
		Path file = file();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Properties properties = new Properties();
		properties.putAll(keys);
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "keys", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			properties.store(out, "Labelbench keys: binding id = key sequence"); //$NON-NLS-1$
		}
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
