package org.labelbench.cli.internal.labeling;

import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Labeling;
import org.labelbench.store.ItemRecord;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ClaimCommand extends Commands {

	public ClaimCommand() {
		super("claim", "PROJECT [--size N] [--lease DURATION]",
				"Take the next task: up to N items from the queue, in queue order; they return after the lease.",
				Option.value("--size", "items in the task, 1 to 9 (default 1)"),
				Option.value("--lease", "how long the items stay yours (default 30m)"));
	}

	@Override
	public int run(CommandContext context) {
		int size = context.option("--size").map(v -> Arguments.integer("--size", v, 1, 9)).orElse(1);
		var lease = context.option("--lease").map(v -> Arguments.duration("--lease", v)).orElse(Labeling.DEFAULT_LEASE);
		List<ItemRecord> task = context.workspace().labeling().claimTask(context.positional("project name"),
				context.workspace().access().user(), size, lease);
		if (context.json()) {
			context.printJson(Map.of("items", task.stream().map(ItemOutput::json).toList()));
		} else {
			task.forEach(item -> context.out().println(item.location()));
		}
		return ExitCode.OK;
	}
}
