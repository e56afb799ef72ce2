package org.labelbench.ml.cli.internal;

import java.util.List;

import org.labelbench.cli.CliCommand;

/** A command of this bundle: fixed texts and options. */
abstract class MlCommand implements CliCommand {

	private final String name;
	private final String synopsis;
	private final String description;
	private final List<Option> options;

	MlCommand(String name, String synopsis, String description, Option... options) {
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
