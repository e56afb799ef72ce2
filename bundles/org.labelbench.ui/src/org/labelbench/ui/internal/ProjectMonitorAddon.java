package org.labelbench.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.labelbench.core.Workspace;
import org.osgi.service.event.EventHandler;

/**
 * Starts the {@link ProjectMonitor} with the workbench and puts it, with the {@link WorkbenchJobs} that handlers and
 * parts run their work in, into the application context.
 */
public final class ProjectMonitorAddon {

	private ProjectMonitor monitor;
	private EventHandler changed;
	private IEventBroker events;

	@PostConstruct
	void start(IEclipseContext context, Workspace workspace, UISynchronize sync, IEventBroker events) {
		this.events = events;
		monitor = new ProjectMonitor(workspace, context, sync);
		context.set(ProjectMonitor.class, monitor);
		context.set(WorkbenchJobs.class, new WorkbenchJobs(sync, monitor));
		changed = event -> monitor.now();
		events.subscribe(UiEvents.PROJECTS_CHANGED, changed);
		monitor.schedule();
	}

	@PreDestroy
	void stop() {
		events.unsubscribe(changed);
		monitor.stop();
	}
}
