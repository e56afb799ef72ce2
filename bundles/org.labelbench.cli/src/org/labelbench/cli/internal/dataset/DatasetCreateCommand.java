package org.labelbench.cli.internal.dataset;

import java.nio.file.Path;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.Dataset;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class DatasetCreateCommand extends Commands {

	public DatasetCreateCommand() {
		super("dataset create", "--name D --data PATH|LOCATION [--text-column C] [--description TEXT]",
				"Register a dataset (a folder: kind file; a CSV file: kind tabular) that projects can use.",
				Option.required("--name", "dataset name"),
				Option.required("--data", "a folder, or a CSV file for text; or a datastore location: "
						+ "azure://DATASTORE/path/** (everything below path), azure://DATASTORE/**/*.* (the whole "
						+ "container), azure://DATASTORE/path/file.csv (a text item per record)"),
				Option.value("--text-column", "for CSV data in a datastore: the column that holds each item's text"),
				Option.value("--description", "what the data is"));
	}

	@Override
	public int run(CommandContext context) {
		String data = context.required("--data");
		String description = context.option("--description").orElse(null);
		Dataset dataset = Arguments.isDatastoreLocation(data)
				? context.workspace().datasets().create(context.required("--name"), data,
						context.option("--text-column").orElse(null), description)
				: context.workspace().datasets().create(context.required("--name"), Path.of(data), description);
		if (context.json()) {
			context.printJson(DatasetOutput.json(dataset));
		} else {
			context.out().println("Created dataset " + dataset.getName() + " ("
					+ dataset.getKind().getName().toLowerCase(java.util.Locale.ROOT) + ")");
		}
		return ExitCode.OK;
	}
}
