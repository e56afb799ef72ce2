package org.labelbench.cli.internal.team;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Workspace;
import org.labelbench.core.ServerLogin;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ServerLoginCommand extends Commands {

	public ServerLoginCommand() {
		super("server login", "URL [--user U] [--password-env VAR | --password-stdin]",
				"Sign in to a team server once and keep the password in Eclipse secure storage for later commands and "
						+ "the workbench.",
				Passwords.ENV, Passwords.STDIN);
	}

	@Override
	public int run(CommandContext context) {
		String url = context.positional("server URL");
		String user = context.option("--user").or(() -> Optional.ofNullable(System.getenv("LABELBENCH_USER")))
				.orElse(StoreLocation.osUser());
		char[] password = Passwords.read(context);
		try {
			try (Workspace workspace = context.open(StoreLocation.server(url).withPassword(user, password))) {
				workspace.access().user(); // the server accepted the password
			}
			ServerLogin.remember(url, user, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		if (context.json()) {
			context.printJson(Map.of("server", url, "user", user));
		} else {
			context.out().println("signed in to " + url + " as " + user + "; the password is kept in secure storage");
		}
		return ExitCode.OK;
	}
}
