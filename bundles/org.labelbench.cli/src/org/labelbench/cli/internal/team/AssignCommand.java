package org.labelbench.cli.internal.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Assignments;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class AssignCommand extends Commands {

	public AssignCommand() {
		super("assign", "PROJECT (ITEM ... | --count N | --share P%) --to USER | PROJECT ITEM ... --nobody",
				"Assign items, or the next N or a share of the unassigned queue, to a labeler, who is served them "
						+ "first; nobody else is (administrators only).",
				Option.value("--to", "the labeler"), Option.flag("--nobody", "take the items' assignment away"),
				Option.value("--count", "the next N unassigned items of the queue"),
				Option.value("--share", "a share of the unassigned queue, e.g. 25%"));
	}

	@Override
	public int run(CommandContext context) {
		List<String> positionals = context.positionals();
		if (positionals.isEmpty()) {
			throw new InvalidInputException("PROJECT is missing");
		}
		String project = positionals.get(0);
		List<String> items = positionals.subList(1, positionals.size());
		Assignments assignments = context.workspace().assignments();
		long assigned = assign(context, assignments, project, items);
		Map<String, Long> queued = assignments.queued(project);
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", project);
			json.put("assigned", assigned);
			json.put("queued", queued);
			context.printJson(json);
		} else {
			context.out().println((context.flag("--nobody") ? "unassigned " : "assigned ") + assigned + " items; queued: "
					+ queued.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "unassigned" : e.getKey()) + " "
							+ e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
		}
		return ExitCode.OK;
	}

	private static long assign(CommandContext context, Assignments assignments, String project, List<String> items) {
		boolean count = context.option("--count").isPresent();
		boolean share = context.option("--share").isPresent();
		if ((items.isEmpty() ? 0 : 1) + (count ? 1 : 0) + (share ? 1 : 0) != 1) {
			throw new InvalidInputException("give items, --count N or --share P%, one of them");
		}
		if (context.flag("--nobody")) {
			if (items.isEmpty() || context.option("--to").isPresent()) {
				throw new InvalidInputException("--nobody takes items and no --to");
			}
			return assignments.unassign(project, items);
		}
		String labeler = context.required("--to");
		if (count) {
			return assignments.assignNext(project, labeler,
					Arguments.integer("--count", context.option("--count").get(), 1, Integer.MAX_VALUE));
		}
		if (share) {
			String value = context.option("--share").get().strip();
			double percent;
			try {
				percent = Double.parseDouble(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
			} catch (NumberFormatException e) {
				throw new InvalidInputException("--share '" + value + "' is not a percentage such as 25%");
			}
			return assignments.assignShare(project, labeler, percent / 100);
		}
		return assignments.assign(project, items, labeler);
	}
}
