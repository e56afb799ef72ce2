package org.labelbench.cli.internal.team;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.labelbench.cli.CliCommand.Option;
import org.labelbench.cli.CommandContext;
import org.labelbench.core.ServerLogin;
import org.labelbench.store.InvalidInputException;

/** A password given to a command: from an environment variable or standard input, never from an argument. */
final class Passwords {

	static final Option ENV = Option.value("--password-env", "the environment variable holding the password "
			+ "(default " + ServerLogin.PASSWORD_VARIABLE + ")");
	static final Option STDIN = Option.flag("--password-stdin", "read the password from the first line of standard input");

	private Passwords() {
	}

	static char[] read(CommandContext context) {
		if (context.flag("--password-stdin")) {
			try {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				if (line == null || line.isEmpty()) {
					throw new InvalidInputException("no password on standard input");
				}
				return line.toCharArray();
			} catch (IOException e) {
				throw new UncheckedIOException("cannot read the password from standard input: " + e.getMessage(), e);
			}
		}
		String variable = context.option("--password-env").orElse(ServerLogin.PASSWORD_VARIABLE);
		String value = System.getenv(variable);
		if (value == null || value.isEmpty()) {
			throw new InvalidInputException("no password: set the environment variable " + variable
					+ " or give --password-stdin");
		}
		return value.toCharArray();
	}
}
