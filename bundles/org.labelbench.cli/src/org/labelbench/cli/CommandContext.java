package org.labelbench.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.labelbench.core.Workspace;

/** What a command works with: its arguments, the workspace, and the output streams. */
public interface CommandContext {

	/** @return the value of an option given on the command line */
	Optional<String> option(String name);

	/**
	 * @return the value of a required option
	 * @throws org.labelbench.store.InvalidInputException when it is missing
	 */
	String required(String name);

	/** @return every value of an option that may be repeated, in the order given */
	List<String> all(String name);

	/** @return whether a flag was given */
	boolean flag(String name);

	/** @return the arguments after the command words that are not options */
	List<String> positionals();

	/**
	 * @return the single positional argument, such as a project name
	 * @throws org.labelbench.store.InvalidInputException naming {@code what} when there is none or several
	 */
	String positional(String what);

	/**
	 * @param names what the positional arguments are, e.g. {@code PROJECT ITEM}
	 * @return exactly that many positional arguments
	 * @throws org.labelbench.store.InvalidInputException naming them when there are more or fewer
	 */
	List<String> arguments(String... names);

	/** @return whether the output is JSON ({@code --json}) */
	boolean json();

	/** @return the workspace, opened on first use */
	Workspace workspace();

	/** @return another workspace, opened now, for the caller to close (benchmarks use scratch workspaces) */
	Workspace open(org.labelbench.store.StoreLocation location);

	/** @return standard output, for the command's result only */
	PrintStream out();

	/** @return standard error, for progress and messages */
	PrintStream err();

	/** Prints a value as JSON on standard output. */
	void printJson(Object value);
}
