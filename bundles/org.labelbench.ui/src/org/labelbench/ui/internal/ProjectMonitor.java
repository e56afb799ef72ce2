package org.labelbench.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.store.StoreException;

/**
 * Reads the status of every project the user sees, and what the user may do in each ({@link UserRights}), in the
 * background, every couple of seconds and at once when asked, and puts them into the application context when they
 * changed; a role changed elsewhere shows within seconds. One reader for all views: they never query the store for
 * progress themselves and never wait on it. A slow read (a project of millions of items) stretches the interval so that
 * watching never takes more than a third of a core.
 */
public final class ProjectMonitor extends Job {

	private static final long MIN_INTERVAL_MS = 2_000;

	private final Workspace workspace;
	private final IEclipseContext context;
	private final UISynchronize sync;
	private volatile boolean stopped;
	private List<ProjectStatus> last;
	private UserRights lastRights;

	public ProjectMonitor(Workspace workspace, IEclipseContext context, UISynchronize sync) {
		super("Reading project progress");
		this.workspace = workspace;
		this.context = context;
		this.sync = sync;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long start = System.currentTimeMillis();
		try {
			List<ProjectStatus> projects = workspace.projects().list();
			UserRights rights = UserRights.read(workspace.access(), projects);
			boolean newRights = !rights.equals(lastRights);
			if (!projects.equals(last) || newRights) {
				last = projects;
				lastRights = rights;
				sync.asyncExec(() -> {
					if (!stopped) {
						if (newRights) { // first: views showing the projects ask it
							context.set(UiContext.RIGHTS, rights);
						}
						context.set(UiContext.PROJECTS, projects);
					}
				});
			}
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.warning("Project progress could not be read: " + e.getMessage(), e);
		} finally {
			if (!stopped && !monitor.isCanceled()) {
				long took = System.currentTimeMillis() - start;
				schedule(Math.max(MIN_INTERVAL_MS, 3 * took));
			}
		}
	}

	/** Reads the projects again now, after a change this workbench made. */
	public void now() {
		if (!stopped) {
			cancel();
			schedule();
		}
	}

	void stop() {
		stopped = true;
		cancel();
	}
}
