package org.labelbench.cli.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.ExitCode;
import org.labelbench.core.Workspace;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;
import org.labelbench.store.StoreLocation;

/**
 * Runs one invocation: parses it, runs the command, and turns every failure into one line on stderr and an exit
 * code. Nothing escapes to the OSGi framework.
 */
final class Cli {

	private final List<CliCommand> commands;
	private final Function<StoreLocation, Workspace> opener;
	private final PrintStream out;
	private final PrintStream err;

	Cli(List<CliCommand> commands, Function<StoreLocation, Workspace> opener, PrintStream out, PrintStream err) {
		this.commands = commands.stream().sorted(Comparator.comparing(CliCommand::name)).toList();
		this.opener = opener;
		this.out = out;
		this.err = err;
	}

	int run(List<String> args) {
		try {
			CommandLine line = CommandLine.parse(args, commands);
			if (line.command().isEmpty()) {
				new Help(commands, out).general();
				return line.flag("--help") ? ExitCode.OK : ExitCode.BAD_INPUT;
			}
			CliCommand command = line.command().get();
			if (line.flag("--help")) {
				new Help(commands, out).command(command);
				return ExitCode.OK;
			}
			try (InvocationContext context = new InvocationContext(line, opener, out, err)) {
				return command.run(context);
			}
		} catch (InvalidInputException e) {
			return fail(ExitCode.BAD_INPUT, e.getMessage());
		} catch (StoreException e) {
			return fail(ExitCode.ENVIRONMENT, e.getMessage());
		} catch (UncheckedIOException e) {
			return fail(ExitCode.ENVIRONMENT, e.getMessage());
		} catch (OperationCanceledException e) {
			return fail(ExitCode.ENVIRONMENT, "canceled");
		} catch (Exception | LinkageError e) {
			ILog.of(getClass()).error("labelbench cli " + String.join(" ", args) + " failed", e);
			return fail(ExitCode.ENVIRONMENT, "internal error: " + e);
		}
	}

	private int fail(int code, String message) {
		String text = message == null ? "failed" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
		err.println("labelbench: error: " + text);
		return code;
	}
}
