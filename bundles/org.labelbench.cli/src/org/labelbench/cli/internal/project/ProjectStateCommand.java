package org.labelbench.cli.internal.project;

import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Projects;

/** Runs or pauses a project. */
abstract class ProjectStateCommand extends Commands {

	ProjectStateCommand(String name, String description) {
		super(name, "NAME", description);
	}

	@Override
	public int run(CommandContext context) {
		ProjectStatus status = change(context.workspace().projects(), context.positional("project name"));
		if (context.json()) {
			context.printJson(ProjectOutput.json(status));
		} else {
			context.out().println("Project " + status.name() + " is " + status.state().getName());
		}
		return ExitCode.OK;
	}

	abstract ProjectStatus change(Projects projects, String name);
}
