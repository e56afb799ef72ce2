package org.labelbench.ui.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.labelbench.core.RefreshResult;
import org.labelbench.core.Workspace;
import org.labelbench.store.StoreException;

/** While the workbench runs, refreshes every project whose incremental refresh is on and due, once a minute. */
final class RefreshSchedule extends Job {

	private static final long EVERY_MS = 60_000;

	private final Workspace workspace;
	private final IEventBroker events;
	private volatile boolean stopped;

	RefreshSchedule(Workspace workspace, IEventBroker events) {
		super("Refreshing project data");
		this.workspace = workspace;
		this.events = events;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			long added = workspace.projects().refreshDue(monitor).stream().mapToLong(RefreshResult::added).sum();
			if (added > 0) {
				events.post(UiEvents.PROJECTS_CHANGED, Map.of());
			}
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return Status.warning("Scheduled refresh failed: " + e.getMessage(), e);
		} finally {
			if (!stopped && !monitor.isCanceled()) {
				schedule(EVERY_MS);
			}
		}
	}

	void stop() {
		stopped = true;
		cancel();
	}
}
