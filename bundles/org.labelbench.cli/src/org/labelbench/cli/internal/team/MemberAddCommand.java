package org.labelbench.cli.internal.team;

import java.util.Locale;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.Role;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class MemberAddCommand extends Commands {

	public MemberAddCommand() {
		super("member add", "PROJECT USER --role admin|reviewer|labeler",
				"Make a user a member of a project with a role, or change their role (administrators only).",
				Option.required("--role", "admin (everything in the project), reviewer (review and reject), "
						+ "labeler (label only)"));
	}

	@Override
	public int run(CommandContext context) {
		var args = context.arguments("PROJECT", "USER");
		Role role = role(context.required("--role"));
		context.workspace().members().add(args.get(0), args.get(1), role);
		if (context.json()) {
			context.printJson(Map.of("project", args.get(0), "user", args.get(1), "role", name(role)));
		} else {
			context.out().println(args.get(1) + " is " + name(role) + " of project " + args.get(0));
		}
		return ExitCode.OK;
	}

	static Role role(String value) {
		Role role = Role.get(value.toUpperCase(Locale.ROOT));
		if (role == null) {
			throw new InvalidInputException("role '" + value + "' is not one of admin, reviewer, labeler");
		}
		return role;
	}

	static String name(Role role) {
		return role.getName().toLowerCase(Locale.ROOT);
	}
}
