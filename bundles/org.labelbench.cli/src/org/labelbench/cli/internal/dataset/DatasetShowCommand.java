package org.labelbench.cli.internal.dataset;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.Dataset;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class DatasetShowCommand extends Commands {

	public DatasetShowCommand() {
		super("dataset show", "NAME", "Show a registered dataset.");
	}

	@Override
	public int run(CommandContext context) {
		Dataset dataset = context.workspace().datasets().get(context.positional("dataset name"));
		if (context.json()) {
			context.printJson(DatasetOutput.json(dataset));
		} else {
			context.out().println("Dataset:     " + dataset.getName());
			context.out().println("Kind:        " + dataset.getKind().getName().toLowerCase(java.util.Locale.ROOT));
			context.out().println("Source:      " + DatasetOutput.source(dataset));
			if (dataset.getDescription() != null) {
				context.out().println("Description: " + dataset.getDescription());
			}
		}
		return ExitCode.OK;
	}
}
