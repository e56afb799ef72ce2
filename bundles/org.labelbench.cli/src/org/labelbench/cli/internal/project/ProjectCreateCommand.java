package org.labelbench.cli.internal.project;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.core.Initialization;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectCreateCommand implements CliCommand {

	@Override
	public String name() {
		return "project create";
	}

	@Override
	public String synopsis() {
		return "--name N --type T (--data PATH|LOCATION [--upload-to DATASTORE] | --dataset D) [--text-column C]"
				+ " --labels a,b,c"
				+ " [--instructions TEXT | --instructions-url URL]";
	}

	@Override
	public String description() {
		return "Create a project from a data folder and initialize it; returns when every item is stored and the project runs.";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.required("--name", "project name, never used before"),
				Option.required("--type", "task type: image-multiclass, image-multilabel, image-bbox, image-polygon, "
						+ "text-multiclass, text-multilabel, or one a plugin adds"),
				Option.value("--data", "folder with the items (searched recursively), or a CSV file for text; or a "
						+ "datastore location such as azure://DATASTORE/path/** (everything below path) or "
						+ "azure://DATASTORE/**/*.* (the whole container)"),
				Option.value("--dataset", "a registered dataset to use instead of --data"),
				Option.value("--upload-to", "upload the --data folder to a datastore first and label from there: "
						+ "azure://DATASTORE (into Labeling/upload/NAME/) or azure://DATASTORE/folder/; run again after "
						+ "a cancellation or failure to resume without uploading anything twice"),
				Option.value("--text-column", "for CSV data: the column that holds each item's text"),
				Option.required("--labels", "label classes, comma separated; the first nine get keys 1-9"),
				Option.value("--item-limit", "the most items the project takes (default 5000000); beyond it the first "
						+ "items in path order are added and the rest counted"),
				Option.value("--instructions", "instructions for labelers, as text"),
				Option.value("--instructions-url", "instructions for labelers, as a link"));
	}

	@Override
	public int run(CommandContext context) {
		List<String> labels = Arrays.asList(context.required("--labels").split(",", -1));
		if (context.option("--data").isEmpty() && context.option("--dataset").isEmpty()) {
			throw new InvalidInputException("give the data: --data PATH or --dataset NAME");
		}
		String data = context.option("--data").orElse(null);
		boolean inDatastore = data != null && Arguments.isDatastoreLocation(data);
		ProjectSpec spec = new ProjectSpec(context.required("--name"), context.required("--type"),
				data == null || inDatastore ? null : Path.of(data), context.option("--dataset").orElse(null),
				context.option("--text-column").orElse(null), labels, context.option("--instructions").orElse(null),
				context.option("--instructions-url").orElse(null),
				context.option("--item-limit").map(v -> (long) Arguments.integer("--item-limit", v, 1, Integer.MAX_VALUE))
						.orElse(null), inDatastore ? data : null, context.option("--upload-to").orElse(null));
		Initialization created = context.workspace().projects().create(spec, ConsoleProgress.of(context));
		ProjectStatus status = created.status();
		if (context.json()) {
			var json = ProjectOutput.json(status);
			json.put("notAdded", created.notAdded());
			context.printJson(json);
		} else {
			context.out().printf("Created project %s (%s): %d items, %d with errors%s%n", status.name(),
					status.taskType(), status.items().total(), status.items().error(),
					created.notAdded() > 0 ? ", " + created.notAdded() + " more not added (over the item limit)" : "");
		}
		return ExitCode.OK;
	}
}
