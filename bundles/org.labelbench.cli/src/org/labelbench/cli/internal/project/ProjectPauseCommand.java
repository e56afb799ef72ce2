package org.labelbench.cli.internal.project;

import org.labelbench.cli.CliCommand;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Projects;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectPauseCommand extends ProjectStateCommand {

	public ProjectPauseCommand() {
		super("project pause", "Stop handing out items of a running project; work in progress can still be submitted.");
	}

	@Override
	ProjectStatus change(Projects projects, String name) {
		return projects.pause(name);
	}
}
