package org.labelbench.cli.internal.labeling;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ReviewRejectCommand extends Commands {

	public ReviewRejectCommand() {
		super("review reject", "PROJECT ITEM --reason TEXT",
				"Remove an item's labels and return it to the queue, recording who rejected it and why.",
				Option.required("--reason", "why the labels are wrong, for the labeler"));
	}

	@Override
	public int run(CommandContext context) {
		var args = context.arguments("PROJECT", "ITEM");
		context.workspace().review().reject(args.get(0), args.get(1), context.workspace().access().user(), context.required("--reason"));
		if (context.json()) {
			context.printJson(java.util.Map.of("rejected", args.get(1)));
		} else {
			context.out().println("rejected " + args.get(1));
		}
		return ExitCode.OK;
	}
}
