package org.labelbench.cli.internal.project;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Projects;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectSetCommand extends Commands {

	public ProjectSetCommand() {
		super("project set", "NAME [--instructions TEXT | --instructions-url URL] [--refresh-interval DURATION | --no-refresh]",
				"Change a project's instructions or incremental refresh (task type and data are fixed).",
				Option.value("--instructions", "new instructions, as text"),
				Option.value("--instructions-url", "new instructions, as a link"),
				Option.value("--refresh-interval", "turn refresh on, every DURATION: 30m, 12h, 1d or PT30M"),
				Option.flag("--no-refresh", "turn refresh off"));
	}

	@Override
	public int run(CommandContext context) {
		String name = context.positional("project name");
		Projects projects = context.workspace().projects();
		boolean instructions = context.option("--instructions").isPresent()
				|| context.option("--instructions-url").isPresent();
		boolean refresh = context.option("--refresh-interval").isPresent() || context.flag("--no-refresh");
		if (!instructions && !refresh) {
			throw new InvalidInputException("nothing to set: give --instructions, --instructions-url, "
					+ "--refresh-interval or --no-refresh");
		}
		if (context.option("--refresh-interval").isPresent() && context.flag("--no-refresh")) {
			throw new InvalidInputException("give --refresh-interval or --no-refresh, not both");
		}
		projects.get(name);
		ProjectStatus status = null;
		if (instructions) {
			status = projects.setInstructions(name, context.option("--instructions").orElse(null),
					context.option("--instructions-url").orElse(null));
		}
		if (refresh) {
			status = projects.setRefresh(name, context.option("--refresh-interval")
					.map(v -> Arguments.duration("--refresh-interval", v)).orElse(null));
		}
		if (context.json()) {
			context.printJson(ProjectOutput.json(status));
		} else {
			context.out().println("Updated project " + name);
		}
		return ExitCode.OK;
	}
}
