package org.labelbench.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.labelbench.core.ExportFormat;
import org.labelbench.core.Exports.Format;
import org.labelbench.store.InvalidInputException;

/** The export formats contributed to {@code org.labelbench.core.exportFormats}. */
final class ExportFormats {

	static final String EXTENSION_POINT = "org.labelbench.core.exportFormats";

	private final Map<String, IConfigurationElement> elements = new LinkedHashMap<>();
	private final List<Format> formats = new ArrayList<>();

	ExportFormats(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id");
			String kinds = element.getAttribute("dataKinds");
			if (id == null || kinds == null || element.getAttribute("class") == null) {
				ILog.of(getClass()).error("Export format of " + element.getContributor().getName()
						+ " is ignored: it needs an id, dataKinds and a class");
				continue;
			}
			if (elements.putIfAbsent(id, element) == null) {
				formats.add(new Format(id, element.getAttribute("name"), Arrays.stream(kinds.split(","))
						.map(k -> k.strip().toLowerCase(Locale.ROOT)).toList(),
						"directory".equals(element.getAttribute("destination")), element.getAttribute("extension")));
			}
		}
	}

	List<Format> all() {
		return List.copyOf(formats);
	}

	Format require(String id) {
		return formats.stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new InvalidInputException("unknown export format '" + id + "' (known: "
						+ formats.stream().map(Format::id).collect(Collectors.joining(", ")) + ")"));
	}

	ExportFormat create(String id) {
		try {
			return (ExportFormat) elements.get(id).createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("export format '" + id + "' cannot be created", e);
		}
	}
}
