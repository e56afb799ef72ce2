package org.labelbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.labelbench.cli.CommandContext;
import org.labelbench.core.Workspace;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreLocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The context of one command run; opens the workspace only when the command asks for it. */
final class InvocationContext implements CommandContext, AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final CommandLine line;
	private final Function<StoreLocation, Workspace> opener;
	private final PrintStream out;
	private final PrintStream err;
	private Workspace workspace;

	InvocationContext(CommandLine line, Function<StoreLocation, Workspace> opener, PrintStream out, PrintStream err) {
		this.line = line;
		this.opener = opener;
		this.out = out;
		this.err = err;
	}

	@Override
	public Optional<String> option(String name) {
		return line.value(name);
	}

	@Override
	public String required(String name) {
		return line.value(name).orElseThrow(() -> new InvalidInputException(
				"option " + name + " is required for '" + line.command().map(c -> c.name()).orElse("") + "'"));
	}

	@Override
	public List<String> all(String name) {
		return line.values(name);
	}

	@Override
	public boolean flag(String name) {
		return line.flag(name);
	}

	@Override
	public List<String> positionals() {
		return line.positionals();
	}

	@Override
	public String positional(String what) {
		List<String> positionals = line.positionals();
		if (positionals.size() != 1) {
			throw new InvalidInputException(positionals.isEmpty() ? what + " is missing"
					: "expected one " + what + ", got " + positionals.size() + ": " + String.join(" ", positionals));
		}
		return positionals.get(0);
	}

	@Override
	public List<String> arguments(String... names) {
		List<String> positionals = line.positionals();
		if (positionals.size() != names.length) {
			throw new InvalidInputException("expected " + String.join(" ", names) + ", got " + positionals.size()
					+ " arguments");
		}
		return positionals;
	}

	@Override
	public Workspace open(StoreLocation location) {
		return opener.apply(location);
	}

	@Override
	public boolean json() {
		return line.flag("--json");
	}

	@Override
	public Workspace workspace() {
		if (workspace == null) {
			workspace = opener.apply(location());
		}
		return workspace;
	}

	private StoreLocation location() {
		Optional<String> server = line.value("--server");
		Optional<String> directory = line.value("--workspace");
		if (server.isPresent() && directory.isPresent()) {
			throw new InvalidInputException("give --workspace or --server, not both");
		}
		if (server.isPresent()) {
			return org.labelbench.core.ServerLogin.location(server.get(), line.value("--user"));
		}
		return StoreLocation.workspace(directory.map(Path::of)
				.orElse(Path.of(System.getProperty("user.home"), ".labelbench")));
	}

	@Override
	public PrintStream out() {
		return out;
	}

	@Override
	public PrintStream err() {
		return err;
	}

	@Override
	public void printJson(Object value) {
		try {
			out.println(JSON.writeValueAsString(value));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write JSON", e);
		}
	}

	@Override
	public void close() {
		if (workspace != null) {
			workspace.close();
		}
	}
}
