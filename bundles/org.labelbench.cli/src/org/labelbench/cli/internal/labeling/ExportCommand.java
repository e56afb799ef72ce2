package org.labelbench.cli.internal.labeling;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.cli.internal.project.ProjectOutputs;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ExportCommand extends Commands {

	public ExportCommand() {
		super("export", "PROJECT --format coco|csv|manifest|voc|yolo --out PATH|LOCATION [--all-images] [--include-prelabels]",
				"Write a project's labels in a format; prints what was written and what the format could not hold.",
				Option.required("--format", "coco, voc, yolo (image projects), csv (text projects), manifest (both)"),
				Option.required("--out", "the file (coco, csv, manifest) or folder (voc, yolo) to write; it appears "
						+ "complete or not at all; or a datastore: azure://DATASTORE puts it under "
						+ "Labeling/export/FORMAT/PROJECT/TIME/ in its container, azure://DATASTORE/path/name.json there"),
				Option.flag("--all-images", "COCO: list images without labels too"),
				Option.flag("--include-prelabels", "also prelabels nobody has reviewed yet, for items without labels"));
	}

	@Override
	public int run(CommandContext context) {
		String out = context.required("--out");
		boolean toDatastore = Arguments.isDatastoreLocation(out);
		ExportSummary summary = context.workspace().exports().export(new ExportRequest(context.positional("project name"),
				context.required("--format"), toDatastore ? null : Path.of(out), context.flag("--all-images"),
				context.flag("--include-prelabels"), toDatastore ? out : null),
				ProjectOutputs.progress(context));
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", summary.project());
			json.put("format", summary.format());
			json.put("out", summary.address());
			json.put("items", summary.items());
			json.put("annotations", summary.annotations());
			json.put("notExported", summary.notExported());
			context.printJson(json);
		} else {
			context.out().printf("Exported %d items with %d annotations of %s as %s to %s%n", summary.items(),
					summary.annotations(), summary.project(), summary.format(), summary.address());
			summary.notExported().forEach((reason, count) -> context.out().printf("  not exported: %d × %s%n", count, reason));
		}
		return ExitCode.OK;
	}
}
