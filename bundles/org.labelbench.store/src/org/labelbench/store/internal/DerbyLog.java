package org.labelbench.store.internal;

import java.nio.file.Path;

/** Keeps Derby's own log out of the current directory. */
final class DerbyLog {

	private static final String ERROR_FILE = "derby.stream.error.file";

	private DerbyLog() {
	}

	/** Sends Derby's log to {@code derby.log} in the first workspace this JVM opens, unless configured already. */
	static synchronized void directTo(Path workspace) {
		if (System.getProperty(ERROR_FILE) == null) {
			System.setProperty(ERROR_FILE, workspace.resolve("derby.log").toString());
			System.setProperty("derby.infolog.append", "true");
		}
	}
}
