package org.labelbench.cli;

import java.util.List;

/**
 * One command of {@code labelbench cli}, registered as an OSGi service so that any bundle can add commands. Every
 * command keeps the CLI contract: results on stdout (JSON with {@code --json}), one line per error on stderr, and
 * the exit codes of {@link ExitCode}.
 */
public interface CliCommand {

	/** @return the command words, e.g. {@code project create} */
	String name();

	/** @return the options after the command words, as shown in the usage line */
	String synopsis();

	/** @return one sentence saying what the command does */
	String description();

	/** @return the options the command accepts; those with {@link Option#takesValue()} take a value */
	List<Option> options();

	/**
	 * Runs the command.
	 *
	 * @return the exit code
	 * @throws org.labelbench.store.InvalidInputException for bad input (exit code 2)
	 * @throws org.labelbench.store.StoreException when the workspace cannot be used (exit code 3)
	 */
	int run(CommandContext context) throws Exception;

	/** An option such as {@code --name N}; {@code required} options must be given. */
	record Option(String name, boolean takesValue, boolean required, String help) {

		public static Option value(String name, String help) {
			return new Option(name, true, false, help);
		}

		public static Option required(String name, String help) {
			return new Option(name, true, true, help);
		}

		public static Option flag(String name, String help) {
			return new Option(name, false, false, help);
		}
	}
}
