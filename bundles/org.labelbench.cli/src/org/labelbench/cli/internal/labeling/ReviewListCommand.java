package org.labelbench.cli.internal.labeling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ReviewListCommand extends Commands {

	public ReviewListCommand() {
		super("review list", "PROJECT [--class C] [--labeler U] [--since DATE] [--until DATE] [--limit N]",
				"List labeled items with their classes, labeler and time, for review.",
				Option.value("--class", "only items with a label of this class"),
				Option.value("--labeler", "only items labeled by this user"),
				Option.value("--since", "only items labeled at or after this date or time"),
				Option.value("--until", "only items labeled before this date or time"),
				Option.value("--limit", "at most this many items (default 1000)"));
	}

	@Override
	public int run(CommandContext context) {
		ReviewFilter filter = new ReviewFilter(context.option("--class").orElse(null),
				context.option("--labeler").orElse(null),
				context.option("--since").map(v -> Arguments.time("--since", v)).orElse(null),
				context.option("--until").map(v -> Arguments.time("--until", v)).orElse(null));
		int limit = context.option("--limit").map(v -> Arguments.integer("--limit", v, 1, 1_000_000)).orElse(1000);
		List<ReviewEntry> entries = context.workspace().review().list(context.positional("project name"), filter, 0,
				limit);
		if (context.json()) {
			context.printJson(Map.of("items", entries.stream().map(ReviewListCommand::json).toList()));
		} else {
			for (ReviewEntry entry : entries) {
				context.out().printf("%s  %s  %s  %s%n", entry.location(), String.join(",", entry.classes()),
						entry.labeler(), entry.submittedAt());
			}
		}
		return ExitCode.OK;
	}

	private static Map<String, Object> json(ReviewEntry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("item", entry.location());
		json.put("classes", entry.classes());
		json.put("labeler", entry.labeler());
		json.put("submittedAt", entry.submittedAt().toString());
		return json;
	}
}
