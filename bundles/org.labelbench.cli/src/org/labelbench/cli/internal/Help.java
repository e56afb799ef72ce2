package org.labelbench.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CliCommand.Option;

/** The help texts of the CLI. */
final class Help {

	private final List<CliCommand> commands;
	private final PrintStream out;

	Help(List<CliCommand> commands, PrintStream out) {
		this.commands = commands;
		this.out = out;
	}

	void general() {
		out.println("Usage: labelbench cli [--workspace DIR | --server URL] [--json] COMMAND [ARGS]");
		out.println();
		out.println("Administer Labelbench projects without a display. Results go to stdout (JSON with --json),");
		out.println("errors to stderr as one line. Exit codes: 0 success, 1 the command found failures,");
		out.println("2 bad input, 3 environment (database locked or unreachable, I/O failure).");
		out.println();
		out.println("Global options:");
		options(CommandLine.GLOBAL_OPTIONS);
		out.println();
		out.println("Commands:");
		int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(10);
		for (CliCommand command : commands) {
			out.printf("  %-" + width + "s  %s%n", command.name(), command.description());
		}
		out.println();
		out.println("Run 'labelbench cli COMMAND --help' for the options of a command.");
	}

	void command(CliCommand command) {
		out.println("Usage: labelbench cli " + command.name() + " " + command.synopsis());
		out.println();
		out.println(command.description());
		if (!command.options().isEmpty()) {
			out.println();
			out.println("Options:");
			options(command.options());
		}
	}

	private void options(List<Option> options) {
		for (Option option : options) {
			String name = option.name() + (option.takesValue() ? " VALUE" : "");
			out.printf("  %-26s %s%s%n", name, option.help(), option.required() ? " (required)" : "");
		}
	}
}
