package org.labelbench.cli.internal.labeling;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.ItemRecord;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class LabelCommand extends Commands {

	public LabelCommand() {
		super("label", "PROJECT (ITEM (--class C ... | --box x,y,w,h,C ... | --polygon x1,y1,x2,y2,...,C ...) | --from FILE|-)",
				"Save an item's labels, replacing earlier ones; prints 'saved ITEM' once they are committed.",
				Option.value("--from", "label many items: manifest-style JSON Lines from a file, or - for standard input"),
				Option.value("--class", "a class (repeat for multi-label)"),
				Option.value("--box", "a bounding box in pixels: x,y of the top-left corner, width, height, class"),
				Option.value("--polygon", "a polygon in pixels: x1,y1,x2,y2,x3,y3,...,class"));
	}

	@Override
	public int run(CommandContext context) {
		if (context.option("--from").isPresent()) {
			return new LabelsFrom(context).run(context.arguments("PROJECT").get(0), context.required("--from"));
		}
		var args = context.arguments("PROJECT", "ITEM");
		var annotations = AnnotationArguments.parse(context.all("--class"), context.all("--box"),
				context.all("--polygon"));
		ItemRecord item = context.workspace().labeling().submit(args.get(0), args.get(1), annotations, context.workspace().access().user());
		if (context.json()) {
			context.printJson(ItemOutput.json(item));
		} else {
			context.out().println("saved " + item.location());
		}
		return ExitCode.OK;
	}
}
