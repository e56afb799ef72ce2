package org.labelbench.cli.internal.project;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ProjectStatus;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectShowCommand extends Commands {

	public ProjectShowCommand() {
		super("project show", "NAME", "Show a project's state, item counts by state, and label counts by class.");
	}

	@Override
	public int run(CommandContext context) {
		ProjectStatus status = context.workspace().projects().status(context.positional("project name"));
		if (context.json()) {
			context.printJson(ProjectOutput.json(status));
		} else {
			ProjectOutput.text(status, context.out());
		}
		return ExitCode.OK;
	}
}
