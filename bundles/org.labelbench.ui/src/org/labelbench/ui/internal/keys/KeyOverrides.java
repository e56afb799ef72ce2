package org.labelbench.ui.internal.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.bindings.EBindingService;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.emf.ecore.EObject;
import org.labelbench.ui.internal.UserSettings;

/**
 * The keys a user rebound, kept in a file of their own ({@code keys.properties} in the {@link UserSettings} folder,
 * or the file that the system property {@code labelbench.keys} names) as binding id = key sequence, and put into the
 * application model's bindings when the workbench starts. The application model itself is rebuilt from its definition at every
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
		return configured != null ? Path.of(configured) : UserSettings.folder().resolve("keys.properties"); //$NON-NLS-1$
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

	/**
	 * Rebinds one binding of the model, makes the new key work at once instead of the old one, and saves the change.
	 *
	 * @param context the application's context: its binding service follows a changed key in the model only in part
	 */
	public static void rebind(IEclipseContext context, MKeyBinding binding, String keySequence) throws IOException {
		EBindingService bindings = context.get(EBindingService.class);
		// The service keeps the binding it made of a model binding in the model binding's transient data, and would
		// make the new key out of that old binding again: take it out, and end the old binding here, as the service
		// does not find it to end it.
		Object old = binding.getTransientData().remove(EBindingService.MODEL_TO_BINDING_KEY);
		binding.setKeySequence(keySequence);
		if (old instanceof Binding active) {
			bindings.deactivateBinding(active);
		}
		// The service may take up the new key (it then keeps its new binding in the transient data); where it does not,
		// the new key is bound here
		if (binding.getTransientData().get(EBindingService.MODEL_TO_BINDING_KEY) == null && binding.getCommand() != null
				&& ((EObject) binding).eContainer() instanceof MBindingTable table && table.getBindingContext() != null) {
			Map<String, Object> parameters = new TreeMap<>();
			binding.getParameters().forEach(p -> parameters.put(p.getName(), p.getValue()));
			ParameterizedCommand command = context.get(ECommandService.class)
					.createCommand(binding.getCommand().getElementId(), parameters);
			Binding made = bindings.createBinding(bindings.createSequence(keySequence), command,
					table.getBindingContext().getElementId(), Map.of());
			bindings.activateBinding(made);
			binding.getTransientData().put(EBindingService.MODEL_TO_BINDING_KEY, made);
		}
		new UserSettings(file()).put(binding.getElementId(), keySequence);
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
		return new UserSettings(file()).read();
	}
}
