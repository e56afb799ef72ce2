package org.labelbench.cli.internal.labeling;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.ItemRecord;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class SkipCommand extends Commands {

	public SkipCommand() {
		super("skip", "PROJECT ITEM", "Return an item to the queue, recording the skip.");
	}

	@Override
	public int run(CommandContext context) {
		var args = context.arguments("PROJECT", "ITEM");
		ItemRecord item = context.workspace().labeling().skip(args.get(0), args.get(1), context.workspace().access().user());
		if (context.json()) {
			context.printJson(ItemOutput.json(item));
		} else {
			context.out().println("skipped " + item.location());
		}
		return ExitCode.OK;
	}
}
