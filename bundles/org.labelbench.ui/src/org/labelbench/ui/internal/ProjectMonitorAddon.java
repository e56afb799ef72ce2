package org.labelbench.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.labelbench.core.Workspace;
import org.labelbench.ui.internal.handlers.Perspectives;
import org.osgi.service.event.EventHandler;

/**
 * Starts the {@link ProjectMonitor} with the workbench and puts it, with the {@link WorkbenchJobs} that handlers and
 * parts run their work in, into the application context; leaves the Project Administration perspective for a user
 * who has nothing there.
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
		// the workspace closes when the application shuts down: stop reading before it does
		events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> monitor.stop());
		monitor.schedule();
	}

	/** Shows a labeler the Labeling perspective: the Project Administration one has nothing for them. */
	@Inject
	@Optional
	void rightsChanged(@Named(UiContext.RIGHTS) UserRights rights, MApplication application, EModelService models) {
		Perspectives.fit(rights, application, models);
	}

	@PreDestroy
	void stop() {
		events.unsubscribe(changed);
		monitor.stop();
	}
}
