package org.labelbench.cli.internal.team;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.TeamServer;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ServerStartCommand extends Commands {

	public ServerStartCommand() {
		super("server start", "--workspace DIR [--port P] [--host H] [--password-env VAR | --password-stdin]",
				"Serve a workspace to a team: a Derby Network Server with authentication on, until stopped (Ctrl-C); "
						+ "the user who starts it (--user) is an administrator.",
				Option.value("--port", "the port (default 1527)"),
				Option.value("--host", "the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)"),
				Passwords.ENV, Passwords.STDIN);
	}

	@Override
	public int run(CommandContext context) throws InterruptedException {
		Path workspace = Path.of(context.option("--workspace")
				.orElse(Path.of(System.getProperty("user.home"), ".labelbench").toString()));
		int port = context.option("--port").map(v -> Arguments.integer("--port", v, 1, 65535)).orElse(1527);
		String host = context.option("--host").orElse("127.0.0.1");
		String admin = context.option("--user").orElse(StoreLocation.osUser());
		char[] password = Passwords.read(context);
		TeamServer server;
		try {
			server = TeamServer.start(workspace, host, port, admin, password);
		} finally {
			Arrays.fill(password, '\0');
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "labelbench team server shutdown"));
		if (context.json()) {
			context.printJson(Map.of("workspace", workspace.toAbsolutePath().toString(), "url", server.url(), "admin",
					admin));
		} else {
			context.out().println("Serving " + workspace.toAbsolutePath() + " at " + server.url() + " (administrator "
					+ admin + "); Ctrl-C stops");
		}
		context.out().flush();
		stopped.await();
		return ExitCode.OK;
	}
}
