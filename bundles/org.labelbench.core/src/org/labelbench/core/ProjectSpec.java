package org.labelbench.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What an admin asks for when creating a project.
 *
 * @param taskType a task type id from the registry
 * @param data a local folder (recursive) with the project's data
 * @param labels the label classes in order; the first nine get keys 1-9
 * @param instructions instruction text, or null
 * @param instructionsUrl a link to instructions, or null
 */
public record ProjectSpec(String name, String taskType, Path data, List<String> labels, String instructions,
		String instructionsUrl) {
}
