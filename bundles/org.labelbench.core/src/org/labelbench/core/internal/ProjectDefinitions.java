package org.labelbench.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.labelbench.core.ProjectSpec;
import org.labelbench.core.TaskType;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.Instructions;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;

/** Checks a project request and turns it into a project definition. */
final class ProjectDefinitions {

	static final int MAX_NAME = 200;
	static final int KEYED_CLASSES = 9;

	private ProjectDefinitions() {
	}

	/** @throws InvalidInputException naming what is wrong with the request */
	static Project define(ProjectSpec spec, TaskType type) {
		String name = checkName(spec.name());
		List<String> labels = checkLabels(spec.labels());
		Path data = checkData(spec.data());
		LabelbenchFactory factory = LabelbenchFactory.eINSTANCE;
		Project project = factory.createProject();
		project.setName(name);
		project.setTaskType(type.id());
		project.setState(ProjectState.INITIALIZING);
		for (int i = 0; i < labels.size(); i++) {
			LabelClass labelClass = factory.createLabelClass();
			labelClass.setName(labels.get(i));
			labelClass.setOrder(i);
			labelClass.setKey(i < KEYED_CLASSES ? i + 1 : 0);
			project.getLabelClasses().add(labelClass);
		}
		project.setInstructions(instructions(spec));
		LocalFolderSource source = factory.createLocalFolderSource();
		source.setPath(data.toString());
		Dataset dataset = factory.createDataset();
		dataset.setName(name);
		dataset.setKind(DatasetKind.FILE);
		dataset.setDataSource(source);
		project.setDataset(dataset);
		project.setRefresh(factory.createRefreshSettings());
		project.setMlAssist(factory.createMlAssistSettings());
		return project;
	}

	private static String checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("a project needs a name");
		}
		String trimmed = name.strip();
		if (trimmed.length() > MAX_NAME) {
			throw new InvalidInputException("project name '" + trimmed.substring(0, 20) + "…' is longer than "
					+ MAX_NAME + " characters");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException("project name '" + trimmed + "' contains control characters");
		}
		return trimmed;
	}

	private static List<String> checkLabels(List<String> labels) {
		if (labels == null || labels.isEmpty()) {
			throw new InvalidInputException("a project needs at least one label class");
		}
		Set<String> seen = new HashSet<>();
		List<String> names = labels.stream().map(String::strip).toList();
		for (String label : names) {
			if (label.isEmpty()) {
				throw new InvalidInputException("label class names cannot be empty");
			}
			if (label.contains(",")) {
				throw new InvalidInputException("label class '" + label + "' contains a comma");
			}
			if (label.length() > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
				throw new InvalidInputException("label class '" + label + "' is too long or contains control characters");
			}
			if (!seen.add(label)) {
				throw new InvalidInputException("label class '" + label + "' is given twice");
			}
		}
		return names;
	}

	private static Path checkData(Path data) {
		if (data == null) {
			throw new InvalidInputException("a project needs data (a folder)");
		}
		Path absolute = data.toAbsolutePath().normalize();
		if (!Files.exists(absolute)) {
			throw new InvalidInputException("data folder " + absolute + " does not exist");
		}
		if (!Files.isDirectory(absolute)) {
			throw new InvalidInputException("data " + absolute + " is not a folder");
		}
		if (!Files.isReadable(absolute)) {
			throw new InvalidInputException("data folder " + absolute + " is not readable");
		}
		return absolute;
	}

	private static Instructions instructions(ProjectSpec spec) {
		boolean hasText = spec.instructions() != null && !spec.instructions().isBlank();
		boolean hasUrl = spec.instructionsUrl() != null && !spec.instructionsUrl().isBlank();
		if (hasText && hasUrl) {
			throw new InvalidInputException("give instructions as text or as a link, not both");
		}
		Instructions instructions = LabelbenchFactory.eINSTANCE.createInstructions();
		if (hasText) {
			instructions.setText(spec.instructions());
		} else if (hasUrl) {
			instructions.setUrl(checkUrl(spec.instructionsUrl().strip()));
		}
		return instructions;
	}

	private static String checkUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (scheme == null || !Set.of("http", "https", "file").contains(scheme.toLowerCase(java.util.Locale.ROOT))) {
				throw new InvalidInputException("instructions link '" + url + "' must be an http, https or file URL");
			}
			return url;
		} catch (URISyntaxException e) {
			throw new InvalidInputException("instructions link '" + url + "' is not a valid URL: " + e.getReason());
		}
	}
}
