package org.labelbench.ui.internal;

import java.util.List;
import java.util.Optional;

import org.labelbench.core.ProjectStatus;
import org.labelbench.model.ProjectState;

/** Finds the selected project's latest status among those the project monitor read ({@link UiContext#PROJECTS}). */
public final class SelectedProject {

	private SelectedProject() {
	}

	public static Optional<ProjectStatus> status(String name, List<ProjectStatus> projects) {
		if (name == null || projects == null) {
			return Optional.empty();
		}
		return projects.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** @return whether the project exists and has finished initializing */
	public static boolean ready(String name, List<ProjectStatus> projects) {
		return status(name, projects).filter(p -> p.state() != ProjectState.INITIALIZING).isPresent();
	}
}
