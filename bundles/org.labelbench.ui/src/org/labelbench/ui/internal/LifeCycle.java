package org.labelbench.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessRemovals;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.labelbench.core.ServerLogin;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.store.StoreLocation;

/**
 * Opens the workspace before the window is built and puts it into the application context, where parts receive it
 * by injection; closes it when the workbench shuts down. On an empty workspace it starts the sample project. A
 * workspace that cannot be opened (a team server that refuses the user) gets one message and no window.
 */
public final class LifeCycle {

	private static final String OWN_ADDONS = "bundleclass://org.labelbench."; //$NON-NLS-1$

	/** whether the workspace could not be opened, so that the workbench ends without building a window */
	private boolean failed;

	/** Puts the keys the user rebound into the model before the bindings are made from it. */
	@org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions
	void keys(org.eclipse.e4.ui.model.application.MApplication application) {
		org.labelbench.ui.internal.keys.KeyOverrides.apply(application);
	}

	@PostContextCreate
	void open(IEclipseContext context, IApplicationContext application, @Service WorkspaceService workspaces,
			IEventBroker events) {
		StoreLocation location = location(application);
		Workspace workspace;
		try {
			workspace = workspaces.open(location);
		} catch (RuntimeException e) {
			// one line naming the workspace (a server's URL and user) and the reason; no stack trace, no second dialog
			String message = NLS.bind(Messages.LifeCycle_cannotOpen, location, e.getMessage());
			ILog.of(LifeCycle.class).error(message);
			MessageDialog.openError(null, Messages.LifeCycle_title, message);
			failed = true;
			return;
		}
		context.set(Workspace.class, workspace);
		context.set(UiContext.LABELER, workspace.access().user()); // the server's user in team mode
		RefreshSchedule refresh = new RefreshSchedule(workspace, events);
		refresh.schedule(10_000);
		events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> {
			refresh.stop();
			workspace.close();
		});
		SampleProject.job(workspace, events).schedule();
	}

	/**
	 * Without a workspace the workbench has nothing to show: its windows are not built and its own addons, which need
	 * the workspace, are taken out of the model, so the workbench ends as soon as it starts. (Throwing in
	 * {@link #open} would end it with a stack trace and the launcher's "An error has occurred" on top of the message
	 * the user has read; removing the windows would have e4 log one as it saves the model.)
	 */
	@ProcessRemovals
	void nothingWithoutWorkspace(MApplication application) {
		if (failed) {
			application.getChildren().forEach(window -> window.setToBeRendered(false));
			application.getAddons().removeIf(addon -> addon.getContributionURI().startsWith(OWN_ADDONS));
		}
	}

	/** @return the user named by {@code --user NAME}, for a server */
	private static java.util.Optional<String> user(List<String> list) {
		int at = list.indexOf("--user"); //$NON-NLS-1$
		return at >= 0 && at + 1 < list.size() ? java.util.Optional.of(list.get(at + 1)) : java.util.Optional.empty();
	}

	/** @return the workspace named by {@code --workspace DIR} or {@code --server URL}; by default ~/.labelbench */
	static StoreLocation location(IApplicationContext application) {
		Object args = application.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> list = args instanceof String[] a ? Arrays.asList(a) : List.of();
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			if (arg.startsWith("--workspace=")) {
				return StoreLocation.workspace(Path.of(arg.substring("--workspace=".length())));
			}
			if (arg.equals("--workspace") && i + 1 < list.size()) {
				return StoreLocation.workspace(Path.of(list.get(i + 1)));
			}
			if (arg.equals("--server") && i + 1 < list.size()) {
				return ServerLogin.location(list.get(i + 1), user(list));
			}
		}
		Path home = Path.of(System.getProperty("user.home"), ".labelbench");
		ILog.of(LifeCycle.class).info("Opening the default workspace " + home);
		return StoreLocation.workspace(home);
	}
}
