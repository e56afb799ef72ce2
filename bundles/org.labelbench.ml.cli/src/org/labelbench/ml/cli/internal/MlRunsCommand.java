package org.labelbench.ml.cli.internal;

import java.util.List;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.MlRun;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class MlRunsCommand extends Commands {

	public MlRunsCommand() {
		super("ml runs", "PROJECT",
				"List a project's ML runs (training, validation, inference), the latest first, with status, items, device"
						+ " and metrics.");
	}

	@Override
	public int run(CommandContext context) {
		List<MlRun> runs = context.workspace().projects().mlRuns(context.positional("project name"));
		if (context.json()) {
			context.printJson(runs.stream().map(RunOutput::json).toList());
		} else {
			RunOutput.text(runs, context.out());
		}
		return ExitCode.OK;
	}
}
