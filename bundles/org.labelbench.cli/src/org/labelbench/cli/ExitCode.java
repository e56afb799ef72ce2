package org.labelbench.cli;

/** The exit codes of {@code labelbench cli}: scripts rely on them. */
public final class ExitCode {

	/** the command did what was asked */
	public static final int OK = 0;
	/** the command ran and found failures (e.g. a verification found problems) */
	public static final int FAILURES = 1;
	/** bad input: unknown command, option, type, project, item or class; invalid value; duplicate name; wrong state */
	public static final int BAD_INPUT = 2;
	/** environment: the database is locked or unreachable, or reading or writing failed */
	public static final int ENVIRONMENT = 3;

	private ExitCode() {
	}
}
