package org.labelbench.core.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.labelbench.core.ProjectSpec;
import org.labelbench.core.TaskType;
import org.labelbench.model.Dataset;
import org.labelbench.model.Instructions;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;

/** Checks a project request and turns it into a project definition. */
final class ProjectDefinitions {

	static final int MAX_NAME = 200;
	static final int KEYED_CLASSES = 9;
	static final int DEFAULT_REFRESH_MINUTES = 24 * 60;

	private ProjectDefinitions() {
	}

	/**
	 * @param dataset the project's copy of its dataset
	 * @throws InvalidInputException naming what is wrong with the request
	 */
	static Project define(ProjectSpec spec, TaskType type, Dataset dataset) {
		String name = checkName(spec.name(), "project");
		List<String> labels = checkLabels(spec.labels());
		LabelbenchFactory factory = LabelbenchFactory.eINSTANCE;
		Project project = factory.createProject();
		project.setName(name);
		project.setTaskType(type.id());
		project.setState(ProjectState.INITIALIZING);
		project.setQueueSeed(new SecureRandom().nextLong());
		if (spec.itemLimit() != null) {
			if (spec.itemLimit() < 1) {
				throw new InvalidInputException("the item limit must be at least 1, not " + spec.itemLimit());
			}
			project.setItemLimit(spec.itemLimit());
		}
		addClasses(project, labels);
		project.setInstructions(instructions(spec.instructions(), spec.instructionsUrl()));
		project.setDataset(dataset);
		project.setRefresh(factory.createRefreshSettings());
		project.getRefresh().setIntervalMinutes(DEFAULT_REFRESH_MINUTES);
		project.setMlAssist(factory.createMlAssistSettings());
		return project;
	}

	/** Appends classes after the existing ones; the first nine classes get keys 1-9. */
	static void addClasses(Project project, List<String> labels) {
		for (String label : labels) {
			if (project.findLabelClass(label) != null) {
				throw new InvalidInputException("project '" + project.getName() + "' has class '" + label + "' already");
			}
			LabelClass labelClass = LabelbenchFactory.eINSTANCE.createLabelClass();
			int order = project.getLabelClasses().size();
			labelClass.setName(label);
			labelClass.setOrder(order);
			labelClass.setKey(order < KEYED_CLASSES ? order + 1 : 0);
			project.getLabelClasses().add(labelClass);
		}
	}

	static String checkName(String name, String what) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("a " + what + " needs a name");
		}
		String trimmed = name.strip();
		if (trimmed.length() > MAX_NAME) {
			throw new InvalidInputException(what + " name '" + trimmed.substring(0, 20) + "…' is longer than "
					+ MAX_NAME + " characters");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidInputException(what + " name '" + trimmed + "' contains control characters");
		}
		return trimmed;
	}

	static List<String> checkLabels(List<String> labels) {
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

	static Instructions instructions(String text, String url) {
		boolean hasText = text != null && !text.isBlank();
		boolean hasUrl = url != null && !url.isBlank();
		if (hasText && hasUrl) {
			throw new InvalidInputException("give instructions as text or as a link, not both");
		}
		Instructions instructions = LabelbenchFactory.eINSTANCE.createInstructions();
		if (hasText) {
			instructions.setText(text);
		} else if (hasUrl) {
			instructions.setUrl(checkUrl(url.strip()));
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
