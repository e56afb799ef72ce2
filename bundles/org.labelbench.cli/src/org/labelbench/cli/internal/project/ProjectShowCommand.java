package org.labelbench.cli.internal.project;

import java.util.List;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.core.ProjectStatus;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectShowCommand implements CliCommand {

	@Override
	public String name() {
		return "project show";
	}

	@Override
	public String synopsis() {
		return "NAME";
	}

	@Override
	public String description() {
		return "Show a project's state, item counts by state, and label counts by class.";
	}

	@Override
	public List<Option> options() {
		return List.of();
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
