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
