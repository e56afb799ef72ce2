package org.labelbench.cli.internal.project;

import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ProjectStatus;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectListCommand extends Commands {

	public ProjectListCommand() {
		super("project list", "", "List the projects with their type, state and progress.");
	}

	@Override
	public int run(CommandContext context) {
		List<ProjectStatus> projects = context.workspace().projects().list();
		if (context.json()) {
			context.printJson(Map.of("projects", projects.stream().map(ProjectOutput::json).toList()));
			return ExitCode.OK;
		}
		int width = Math.max(4, projects.stream().mapToInt(p -> p.name().length()).max().orElse(4));
		String format = "%-" + width + "s  %-16s  %-12s  %s%n";
		context.out().printf(format, "NAME", "TYPE", "STATE", "LABELED/TOTAL");
		for (ProjectStatus project : projects) {
			context.out().printf(format, project.name(), project.taskType(), project.state().getName(),
					project.items().labeled() + "/" + project.items().total());
		}
		return ExitCode.OK;
	}
}
