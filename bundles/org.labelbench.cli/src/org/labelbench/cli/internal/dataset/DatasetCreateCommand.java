package org.labelbench.cli.internal.dataset;

import java.nio.file.Path;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.Dataset;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class DatasetCreateCommand extends Commands {

	public DatasetCreateCommand() {
		super("dataset create", "--name D --data PATH [--description TEXT]",
				"Register a dataset (a folder: kind file; a CSV file: kind tabular) that projects can use.",
				Option.required("--name", "dataset name"),
				Option.required("--data", "a folder, or a CSV file for text"),
				Option.value("--description", "what the data is"));
	}

	@Override
	public int run(CommandContext context) {
		Dataset dataset = context.workspace().datasets().create(context.required("--name"),
				Path.of(context.required("--data")), context.option("--description").orElse(null));
		if (context.json()) {
			context.printJson(DatasetOutput.json(dataset));
		} else {
			context.out().println("Created dataset " + dataset.getName() + " ("
					+ dataset.getKind().getName().toLowerCase(java.util.Locale.ROOT) + ")");
		}
		return ExitCode.OK;
	}
}
