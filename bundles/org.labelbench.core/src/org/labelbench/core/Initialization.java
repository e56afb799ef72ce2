package org.labelbench.core;

/**
 * The outcome of creating a project.
 *
 * @param notAdded items beyond the project's item limit that were found but not added
 */
public record Initialization(ProjectStatus status, long notAdded) {
}
