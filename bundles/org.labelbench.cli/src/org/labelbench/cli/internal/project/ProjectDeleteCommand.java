package org.labelbench.cli.internal.project;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ProjectStatus;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectDeleteCommand extends Commands {

	public ProjectDeleteCommand() {
		super("project delete", "NAME --yes", "Delete a project with its items and labels; its name is never used again.",
				Option.flag("--yes", "confirm the deletion"));
	}

	@Override
	public int run(CommandContext context) {
		String name = context.positional("project name");
		ProjectStatus status = context.workspace().projects().status(name);
		if (!context.flag("--yes")) {
			throw new InvalidInputException("deleting project '" + name + "' removes its " + status.items().total()
					+ " items and " + status.items().labeled() + " labeled items for good; add --yes to confirm");
		}
		context.workspace().projects().delete(name);
		if (context.json()) {
			context.printJson(java.util.Map.of("deleted", name));
		} else {
			context.out().println("Deleted project " + name);
		}
		return ExitCode.OK;
	}
}
