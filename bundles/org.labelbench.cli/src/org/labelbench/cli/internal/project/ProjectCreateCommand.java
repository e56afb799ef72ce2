package org.labelbench.cli.internal.project;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectCreateCommand implements CliCommand {

	@Override
	public String name() {
		return "project create";
	}

	@Override
	public String synopsis() {
		return "--name N --type T --data PATH --labels a,b,c [--instructions TEXT | --instructions-url URL]";
	}

	@Override
	public String description() {
		return "Create a project from a data folder and initialize it; returns when every item is stored and the project runs.";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.required("--name", "project name, never used before"),
				Option.required("--type", "task type: image-multiclass, image-multilabel, image-bbox, image-polygon, "
						+ "text-multiclass, text-multilabel, or one a plugin adds"),
				Option.required("--data", "folder with the items (searched recursively)"),
				Option.required("--labels", "label classes, comma separated; the first nine get keys 1-9"),
				Option.value("--instructions", "instructions for labelers, as text"),
				Option.value("--instructions-url", "instructions for labelers, as a link"));
	}

	@Override
	public int run(CommandContext context) {
		List<String> labels = Arrays.asList(context.required("--labels").split(",", -1));
		ProjectSpec spec = new ProjectSpec(context.required("--name"), context.required("--type"),
				Path.of(context.required("--data")), labels, context.option("--instructions").orElse(null),
				context.option("--instructions-url").orElse(null));
		ProjectStatus status = context.workspace().projects().create(spec,
				System.console() != null ? new ConsoleProgress(context.err()) : new NullProgressMonitor());
		if (context.json()) {
			context.printJson(ProjectOutput.json(status));
		} else {
			context.out().printf("Created project %s (%s): %d items, %d with errors%n", status.name(),
					status.taskType(), status.items().total(), status.items().error());
		}
		return ExitCode.OK;
	}
}
