package org.labelbench.cli.internal.project;

import org.labelbench.cli.CliCommand;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Projects;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectRunCommand extends ProjectStateCommand {

	public ProjectRunCommand() {
		super("project run", "Let labelers work on a paused project.");
	}

	@Override
	ProjectStatus change(Projects projects, String name) {
		return projects.run(name);
	}
}
