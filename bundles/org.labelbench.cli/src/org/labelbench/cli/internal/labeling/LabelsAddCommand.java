package org.labelbench.cli.internal.labeling;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.cli.internal.project.ProjectOutputs;
import org.labelbench.core.LabelMode;
import org.labelbench.core.ProjectStatus;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class LabelsAddCommand extends Commands {

	public LabelsAddCommand() {
		super("labels add", "PROJECT --label X [--label Y ...] --mode restart-clear|restart-keep|continue",
				"Add label classes; the mode says what happens to existing labels.",
				Option.value("--label", "a new class (repeat for several)"),
				Option.required("--mode", "restart-clear: remove all labels, everything back in the queue; "
						+ "restart-keep: everything back in the queue, labels kept as defaults; "
						+ "continue: keep labels, new classes from now on"));
	}

	@Override
	public int run(CommandContext context) {
		if (context.all("--label").isEmpty()) {
			throw new InvalidInputException("give at least one --label");
		}
		LabelMode mode = LabelMode.of(context.required("--mode"));
		ProjectStatus status = context.workspace().projects().addLabels(context.positional("project name"),
				context.all("--label"), mode);
		if (context.json()) {
			context.printJson(ProjectOutputs.json(status));
		} else {
			context.out().println("Project " + status.name() + " has classes " + String.join(", ", status.labels().keySet()));
		}
		return ExitCode.OK;
	}
}
