package org.labelbench.cli.internal.dataset;

import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.Dataset;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class DatasetListCommand extends Commands {

	public DatasetListCommand() {
		super("dataset list", "", "List the registered datasets.");
	}

	@Override
	public int run(CommandContext context) {
		List<Dataset> datasets = context.workspace().datasets().list();
		if (context.json()) {
			context.printJson(Map.of("datasets", datasets.stream().map(DatasetOutput::json).toList()));
		} else {
			for (Dataset dataset : datasets) {
				context.out().printf("%s  %s  %s%n", dataset.getName(),
						dataset.getKind().getName().toLowerCase(java.util.Locale.ROOT), DatasetOutput.source(dataset));
			}
		}
		return ExitCode.OK;
	}
}
