package org.labelbench.ml.cli.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.ml.MlAssist;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CliCommand.class)
public final class MlPrelabelCommand extends Commands {

	private final MlAssist assist;

	@Activate
	public MlPrelabelCommand(@Reference MlAssist assist) {
		super("ml prelabel", "PROJECT",
				"Prelabel the project's unlabeled items with its trained classifier (boxes of its detector for"
						+ " image-bbox projects), where it is sure enough.");
		this.assist = assist;
	}

	@Override
	public int run(CommandContext context) {
		MlAssist.Prelabeling prelabeling = assist.prelabel(context.workspace(), context.positional("project name"),
				new NullProgressMonitor());
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("predicted", prelabeling.predicted());
			json.put("prelabeled", prelabeling.prelabeled());
			json.put("run", RunOutput.json(prelabeling.run()));
			context.printJson(json);
		} else {
			context.out().println("Prelabeled " + prelabeling.prelabeled() + " of " + prelabeling.predicted()
					+ " unlabeled items");
		}
		return ExitCode.OK;
	}
}
