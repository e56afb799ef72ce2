package org.labelbench.cli.internal.team;

import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class MemberRemoveCommand extends Commands {

	public MemberRemoveCommand() {
		super("member remove", "PROJECT USER", "Take a user out of a project (administrators only).");
	}

	@Override
	public int run(CommandContext context) {
		var args = context.arguments("PROJECT", "USER");
		if (!context.workspace().members().remove(args.get(0), args.get(1))) {
			throw new InvalidInputException("user '" + args.get(1) + "' is not a member of project '" + args.get(0) + "'");
		}
		if (context.json()) {
			context.printJson(Map.of("project", args.get(0), "removed", args.get(1)));
		} else {
			context.out().println(args.get(1) + " is no longer a member of project " + args.get(0));
		}
		return ExitCode.OK;
	}
}
