package org.labelbench.cli.internal.project;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Shows progress on one line of a terminal's stderr. */
final class ConsoleProgress extends NullProgressMonitor {

	private final PrintStream err;
	private String task = "";

	ConsoleProgress(PrintStream err) {
		this.err = err;
	}

	/** @return progress on the terminal, or nothing when stderr is not one */
	static org.eclipse.core.runtime.IProgressMonitor of(org.labelbench.cli.CommandContext context) {
		return System.console() != null ? new ConsoleProgress(context.err()) : new NullProgressMonitor();
	}

	@Override
	public void beginTask(String name, int totalWork) {
		task = name;
	}

	@Override
	public void subTask(String name) {
		err.print("\r" + task + ": " + name + "   ");
		err.flush();
	}

	@Override
	public void done() {
		err.print("\r");
		err.flush();
	}
}
