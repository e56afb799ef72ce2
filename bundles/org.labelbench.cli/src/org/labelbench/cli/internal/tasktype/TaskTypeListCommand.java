package org.labelbench.cli.internal.tasktype;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lists the task types the installed plugins contribute, built-in or not: what {@code project create --type} takes.
 * Needs no workspace, so it also tells whether a plugin installed into the product was picked up.
 */
@Component(service = CliCommand.class)
public final class TaskTypeListCommand extends Commands {

	private final TaskTypeRegistry taskTypes;

	@Activate
	public TaskTypeListCommand(@Reference TaskTypeRegistry taskTypes) {
		super("task-type list", "", "List the task types of the installed plugins.");
		this.taskTypes = taskTypes;
	}

	@Override
	public int run(CommandContext context) {
		List<TaskType> types = taskTypes.all();
		if (context.json()) {
			context.printJson(Map.of("taskTypes", types.stream().map(TaskTypeListCommand::json).toList()));
		} else {
			for (TaskType type : types) {
				context.out().printf("%s  %s  %s  %s%s  (%s)%n", type.id(), type.name(), kind(type),
						type.annotationKind(), type.multiLabel() ? ", multi-label" : "", type.contributor());
			}
		}
		return ExitCode.OK;
	}

	private static Map<String, Object> json(TaskType type) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", type.id());
		json.put("name", type.name());
		json.put("dataKind", kind(type));
		json.put("annotationKind", type.annotationKind());
		json.put("multiLabel", type.multiLabel());
		json.put("plugin", type.contributor());
		return json;
	}

	private static String kind(TaskType type) {
		return type.dataKind().getLiteral().toLowerCase(Locale.ROOT);
	}
}
