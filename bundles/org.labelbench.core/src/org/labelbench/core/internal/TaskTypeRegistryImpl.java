package org.labelbench.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.labelbench.core.AnnotationValidator;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.DataKind;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads the task types from the extension registry. A malformed contribution is logged and left out. */
@Component(service = TaskTypeRegistry.class)
public final class TaskTypeRegistryImpl implements TaskTypeRegistry {

	static final String EXTENSION_POINT = "org.labelbench.core.taskTypes";

	private final Map<String, IConfigurationElement> elements = new ConcurrentHashMap<>();
	private final Map<String, AnnotationValidator> validators = new ConcurrentHashMap<>();
	private final List<TaskType> types = new ArrayList<>();

	@Activate
	public TaskTypeRegistryImpl(@Reference IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			read(element).ifPresent(type -> {
				if (elements.putIfAbsent(type.id(), element) == null) {
					types.add(type);
				} else {
					ILog.of(getClass()).warn("Task type '" + type.id() + "' of " + type.contributor()
							+ " is ignored: another plugin contributed that id first");
				}
			});
		}
	}

	private Optional<TaskType> read(IConfigurationElement element) {
		String contributor = element.getContributor().getName();
		String id = element.getAttribute("id");
		String dataKind = element.getAttribute("dataKind");
		DataKind kind = dataKind == null ? null : DataKind.get(dataKind.toUpperCase(java.util.Locale.ROOT));
		if (id == null || !id.matches("[a-z0-9][a-z0-9-]*") || kind == null || element.getAttribute("validator") == null) {
			ILog.of(getClass()).error("Task type contribution of " + contributor
					+ " is ignored: it needs an id of lower-case letters, digits and dashes, a dataKind and a validator");
			return Optional.empty();
		}
		String name = element.getAttribute("name");
		return Optional.of(new TaskType(id, name == null ? id : name, kind, element.getAttribute("annotationKind"),
				Boolean.parseBoolean(element.getAttribute("multiLabel")), contributor));
	}

	@Override
	public List<TaskType> all() {
		return List.copyOf(types);
	}

	@Override
	public Optional<TaskType> find(String id) {
		return types.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	@Override
	public TaskType require(String id) {
		return find(id).orElseThrow(() -> new InvalidInputException("unknown task type '" + id + "' (known: "
				+ types.stream().map(TaskType::id).collect(Collectors.joining(", ")) + ")"));
	}

	@Override
	public AnnotationValidator validator(TaskType type) {
		return validators.computeIfAbsent(type.id(), id -> {
			try {
				return (AnnotationValidator) elements.get(id).createExecutableExtension("validator");
			} catch (CoreException | ClassCastException e) {
				throw new IllegalStateException("the validator of task type '" + id + "' cannot be created", e);
			}
		});
	}
}
