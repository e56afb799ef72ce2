package org.labelbench.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CliCommand.Option;
import org.labelbench.store.InvalidInputException;

/**
 * The parsed arguments of one invocation: global options (accepted anywhere), the command, its options and its
 * positional arguments. Options are {@code --name value} or {@code --name=value}.
 */
final class CommandLine {

	static final List<Option> GLOBAL_OPTIONS = List.of(
			Option.value("--workspace", "workspace directory (default ~/.labelbench), created if missing"),
			Option.value("--server", "a Derby Network Server to use instead of a workspace: derby://host:port/database"),
			Option.value("--user", "the user name on a server (default $LABELBENCH_USER, else the system's user name);"
					+ " the password comes from $LABELBENCH_PASSWORD or from 'server login'"),
			Option.flag("--json", "print the result as JSON"),
			Option.flag("--help", "show help and exit"));

	private final Map<String, List<String>> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
	private final List<String> positionals = new ArrayList<>();
	private CliCommand command;

	private CommandLine() {
	}

	/**
	 * @param commands the known commands
	 * @throws InvalidInputException for an unknown command or option, or a missing option value
	 */
	static CommandLine parse(List<String> args, List<CliCommand> commands) {
		CommandLine line = new CommandLine();
		List<String> words = line.leadingWords(args);
		line.command = longestMatch(words, commands);
		int consumed = line.command == null ? 0 : line.command.name().split(" ").length;
		List<Option> accepted = new ArrayList<>(GLOBAL_OPTIONS);
		if (line.command != null) {
			accepted.addAll(line.command.options());
		}
		line.values.clear();
		line.flags.clear();
		int wordIndex = 0;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.startsWith("--") && arg.length() > 2) {
				i = line.readOption(args, i, accepted);
			} else if (wordIndex++ >= consumed) {
				line.positionals.add(arg);
			}
		}
		if (line.command == null && !words.isEmpty() && !line.flags.contains("--help")) {
			throw new InvalidInputException("unknown command '" + String.join(" ", words) + "'; see labelbench cli --help");
		}
		return line;
	}

	/** @return the non-option words before the command's own options, skipping global options */
	private List<String> leadingWords(List<String> args) {
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				words.add(arg);
				continue;
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			Optional<Option> global = GLOBAL_OPTIONS.stream().filter(o -> o.name().equals(name)).findFirst();
			if (global.isEmpty()) {
				break;
			}
			if (global.get().takesValue() && !arg.contains("=")) {
				i++;
			}
		}
		return words;
	}

	private static CliCommand longestMatch(List<String> words, List<CliCommand> commands) {
		CliCommand best = null;
		for (CliCommand candidate : commands) {
			List<String> name = List.of(candidate.name().split(" "));
			if (words.size() >= name.size() && words.subList(0, name.size()).equals(name)
					&& (best == null || name.size() > best.name().split(" ").length)) {
				best = candidate;
			}
		}
		return best;
	}

	private int readOption(List<String> args, int index, List<Option> accepted) {
		String arg = args.get(index);
		int eq = arg.indexOf('=');
		String name = eq < 0 ? arg : arg.substring(0, eq);
		Option option = accepted.stream().filter(o -> o.name().equals(name)).findFirst()
				.orElseThrow(() -> new InvalidInputException("unknown option " + name
						+ (command != null ? " for '" + command.name() + "'" : "") + "; see --help"));
		if (!option.takesValue()) {
			if (eq >= 0) {
				throw new InvalidInputException("option " + name + " takes no value");
			}
			flags.add(name);
			return index;
		}
		if (eq >= 0) {
			values.computeIfAbsent(name, n -> new ArrayList<>()).add(arg.substring(eq + 1));
			return index;
		}
		if (index + 1 >= args.size()) {
			throw new InvalidInputException("option " + name + " needs a value");
		}
		values.computeIfAbsent(name, n -> new ArrayList<>()).add(args.get(index + 1));
		return index + 1;
	}

	Optional<CliCommand> command() {
		return Optional.ofNullable(command);
	}

	/** @return the value of an option given once; the last one when it was given several times */
	Optional<String> value(String name) {
		List<String> given = values.get(name);
		return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
	}

	/** @return every value of an option that may be repeated, in order */
	List<String> values(String name) {
		return values.getOrDefault(name, List.of());
	}

	boolean flag(String name) {
		return flags.contains(name);
	}

	List<String> positionals() {
		return List.copyOf(positionals);
	}
}
