package org.labelbench.cli.internal;

import java.util.List;

import org.labelbench.cli.CliCommand;

/**
 * A command with fixed texts and options, the form most commands take, here and in {@code org.labelbench.ml.cli}
 * (a friend of this package).
 */
public abstract class Commands implements CliCommand {

	private final String name;
	private final String synopsis;
	private final String description;
	private final List<Option> options;

	protected Commands(String name, String synopsis, String description, Option... options) {
		this.name = name;
		this.synopsis = synopsis;
		this.description = description;
		this.options = List.of(options);
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String synopsis() {
		return synopsis;
	}

	@Override
	public final String description() {
		return description;
	}

	@Override
	public final List<Option> options() {
		return options;
	}
}
