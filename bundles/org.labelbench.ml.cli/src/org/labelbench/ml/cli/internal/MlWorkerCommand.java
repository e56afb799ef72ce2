package org.labelbench.ml.cli.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.MlRun;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The headless ML worker ({@code ./labelbench ml-worker}): takes queued trainings of any project from the store of a
 * workspace or a team server ({@code --server URL}), one after the other, runs them on this machine's device (a GPU
 * when its libtorch has one) and records each run with the device it used. The models it trains are kept in the
 * store, so the desktops prelabel and group with them. It waits for more until stopped, or ends when the queue is
 * empty ({@code --once}).
 */
@Component(service = CliCommand.class)
public final class MlWorkerCommand extends Commands {

	private static final int DEFAULT_POLL_SECONDS = 5;

	private final MlJobs jobs;
	private final MlAssist assist;

	@Activate
	public MlWorkerCommand(@Reference MlJobs jobs, @Reference MlAssist assist) {
		super("ml worker", "[--once] [--poll SECONDS]",
				"Run the ML jobs queued in the workspace or on the team server (ml train --queue, automatic trainings"
						+ " of desktops set to queue), one at a time, printing a line per run as it ends.",
				Option.flag("--once", "end when the queue is empty instead of waiting for more"),
				Option.value("--poll", "how often to look for queued jobs, in seconds (default 5)"));
		this.jobs = jobs;
		this.assist = assist;
	}

	@Override
	public int run(CommandContext context) throws InterruptedException {
		int poll = poll(context.option("--poll"));
		Workspace workspace = context.workspace();
		String worker = whoAmI("ml-worker");
		if (System.console() != null) {
			context.err().println("labelbench ml-worker: " + worker + " on " + assist.engine() + ", serving "
					+ workspace.location());
		}
		int failed = 0;
		while (true) {
			Optional<MlRun> ran = jobs.runQueued(workspace, worker, new NullProgressMonitor());
			if (ran.isPresent()) {
				failed += ran.get().getStatus() == org.labelbench.model.MlRunStatus.SUCCEEDED ? 0 : 1;
				print(context, ran.get());
			} else if (context.flag("--once")) {
				return failed == 0 ? ExitCode.OK : ExitCode.FAILURES;
			} else {
				Thread.sleep(poll * 1000L);
			}
		}
	}

	private static void print(CommandContext context, MlRun run) {
		if (context.json()) {
			context.printJson(RunOutput.json(run));
		} else {
			RunOutput.text(java.util.List.of(run), context.out());
		}
		context.out().flush();
	}

	private static int poll(Optional<String> value) {
		if (value.isEmpty()) {
			return DEFAULT_POLL_SECONDS;
		}
		try {
			int seconds = Integer.parseInt(value.get());
			if (seconds >= 1) {
				return seconds;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException("--poll is a whole number of seconds, 1 or more, not '" + value.get() + "'");
	}

	/** @return {@code what@host (user)}, to say in a run who queued or ran it */
	static String whoAmI(String what) {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		} catch (UnknownHostException e) {
			host = "localhost";
		}
		return what + "@" + host + " (" + System.getProperty("user.name") + ")";
	}
}
