package org.labelbench.cli.internal.labeling;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.export.CocoImport;
import org.labelbench.export.ImportResult;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ImportLabelsCommand extends Commands {

	public ImportLabelsCommand() {
		super("import-labels", "PROJECT --format coco FILE [--as-prelabels]",
				"Load existing COCO annotations into a project, matching images by file name and categories by class.",
				Option.required("--format", "coco"),
				Option.flag("--as-prelabels", "store them as prelabels for labelers to review; items stay in the queue"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		var args = context.arguments("PROJECT", "FILE");
		if (!"coco".equals(context.required("--format"))) {
			throw new InvalidInputException("unknown import format '" + context.required("--format") + "' (known: coco)");
		}
		Path file = Path.of(args.get(1));
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new InvalidInputException("file " + file + " does not exist");
		}
		ImportResult result = new CocoImport(context.workspace()).run(args.get(0), file, context.workspace().access().user(),
				context.flag("--as-prelabels"));
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("items", result.items());
			json.put("annotations", result.annotations());
			json.put("notImported", result.notImported());
			context.printJson(json);
		} else {
			context.out().printf("Imported %d annotations on %d items into %s%n", result.annotations(), result.items(),
					args.get(0));
			result.notImported().forEach((reason, count) -> context.out().printf("  not imported: %d × %s%n", count, reason));
		}
		return ExitCode.OK;
	}
}
