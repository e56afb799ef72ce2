package org.labelbench.cli.internal.labeling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.cli.internal.project.ProjectOutputs;
import org.labelbench.core.RefreshResult;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class RefreshCommand extends Commands {

	public RefreshCommand() {
		super("refresh", "PROJECT", "Scan the project's data now and add the new items to the queue.");
	}

	@Override
	public int run(CommandContext context) {
		RefreshResult result = context.workspace().projects().refresh(context.positional("project name"),
				ProjectOutputs.progress(context));
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", result.project());
			json.put("added", result.added());
			json.put("notAdded", result.notAdded());
			context.printJson(json);
		} else {
			context.out().printf("Added %d new items to %s%s%n", result.added(), result.project(),
					result.notAdded() > 0 ? "; " + result.notAdded() + " more not added (over the item limit)" : "");
		}
		return ExitCode.OK;
	}
}
