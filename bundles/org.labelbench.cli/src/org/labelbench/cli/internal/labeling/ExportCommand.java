package org.labelbench.cli.internal.labeling;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.cli.internal.project.ProjectOutputs;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ExportCommand extends Commands {

	public ExportCommand() {
		super("export", "PROJECT --format coco|csv|manifest|voc|yolo --out PATH [--all-images] [--include-prelabels]",
				"Write a project's labels in a format; prints what was written and what the format could not hold.",
				Option.required("--format", "coco, voc, yolo (image projects), csv (text projects), manifest (both)"),
				Option.required("--out", "the file (coco, csv, manifest) or folder (voc, yolo) to write; it appears "
						+ "complete or not at all"),
				Option.flag("--all-images", "COCO: list images without labels too"),
				Option.flag("--include-prelabels", "also prelabels nobody has reviewed yet, for items without labels"));
	}

	@Override
	public int run(CommandContext context) {
		ExportSummary summary = context.workspace().exports().export(new ExportRequest(context.positional("project name"),
				context.required("--format"), Path.of(context.required("--out")), context.flag("--all-images"),
				context.flag("--include-prelabels")),
				ProjectOutputs.progress(context));
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", summary.project());
			json.put("format", summary.format());
			json.put("out", summary.out().toString());
			json.put("items", summary.items());
			json.put("annotations", summary.annotations());
			json.put("notExported", summary.notExported());
			context.printJson(json);
		} else {
			context.out().printf("Exported %d items with %d annotations of %s as %s to %s%n", summary.items(),
					summary.annotations(), summary.project(), summary.format(), summary.out());
			summary.notExported().forEach((reason, count) -> context.out().printf("  not exported: %d × %s%n", count, reason));
		}
		return ExitCode.OK;
	}
}
