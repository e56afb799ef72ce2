package org.labelbench.cli.internal.team;

import java.util.Arrays;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class UserPasswordCommand extends Commands {

	public UserPasswordCommand() {
		super("user password", "USER [--password-env VAR | --password-stdin] [--admin]",
				"Create a team server's user or change their password, kept hashed by Derby (administrators only).",
				Passwords.ENV, Passwords.STDIN,
				Option.flag("--admin", "also make the user an administrator of the whole workspace"));
	}

	@Override
	public int run(CommandContext context) {
		String user = context.positional("user name");
		char[] password = Passwords.read(context);
		try {
			context.workspace().members().setPassword(user, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		if (context.flag("--admin")) {
			context.workspace().members().addAdmin(user);
		}
		if (context.json()) {
			context.printJson(Map.of("user", user, "admin", context.flag("--admin")));
		} else {
			context.out().println("password of " + user + " set" + (context.flag("--admin") ? "; administrator" : ""));
		}
		return ExitCode.OK;
	}
}
