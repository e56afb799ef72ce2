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
public final class MlClusterCommand extends Commands {

	private final MlAssist assist;

	@Activate
	public MlClusterCommand(@Reference MlAssist assist) {
		super("ml cluster", "PROJECT",
				"Group the project's unlabeled items into look-alikes with its trained classifier and order the queue"
						+ " so that tasks serve them together.");
		this.assist = assist;
	}

	@Override
	public int run(CommandContext context) {
		MlAssist.Clustering clustering = assist.cluster(context.workspace(), context.positional("project name"),
				new NullProgressMonitor());
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("embedded", clustering.embedded());
			json.put("clusters", clustering.clusters());
			json.put("moved", clustering.moved());
			json.put("run", RunOutput.json(clustering.run()));
			context.printJson(json);
		} else {
			context.out().println(line(clustering));
		}
		return ExitCode.OK;
	}

	static String line(MlAssist.Clustering clustering) {
		return "Grouped " + clustering.embedded() + " unlabeled items into " + clustering.clusters()
				+ (clustering.clusters() == 1 ? " cluster" : " clusters") + " of look-alikes; " + clustering.moved()
				+ " queued items served by cluster";
	}
}
