package org.labelbench.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.ExitCode;
import org.labelbench.core.WorkspaceService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The Equinox application behind {@code ./labelbench cli}: returns the command's exit code as the process's. */
public final class CliApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
				new String[0]);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		Bundle bundle = FrameworkUtil.getBundle(getClass());
		BundleContext bundleContext = bundle.getBundleContext();
		ServiceTracker<WorkspaceService, WorkspaceService> workspaces = new ServiceTracker<>(bundleContext,
				WorkspaceService.class, null);
		ServiceTracker<CliCommand, CliCommand> commands = new ServiceTracker<>(bundleContext, CliCommand.class, null);
		workspaces.open();
		commands.open();
		try {
			WorkspaceService service = workspaces.waitForService(SERVICE_TIMEOUT_MS);
			if (service == null) {
				err.println("labelbench: error: the workspace service did not start; see the log in the configuration folder");
				return ExitCode.ENVIRONMENT;
			}
			List<CliCommand> available = new ArrayList<>(Arrays.asList(commands.getServices(new CliCommand[0])));
			return new Cli(available, service::open, out, err).run(Arrays.asList(args));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return ExitCode.ENVIRONMENT;
		} finally {
			out.flush();
			err.flush();
			commands.close();
			workspaces.close();
		}
	}

	@Override
	public void stop() {
		// a command runs to its end; the process exits after it
	}
}
