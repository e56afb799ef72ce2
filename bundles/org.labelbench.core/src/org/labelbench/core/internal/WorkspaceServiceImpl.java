package org.labelbench.core.internal;

import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.store.StoreFactory;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = WorkspaceService.class)
public final class WorkspaceServiceImpl implements WorkspaceService {

	private final StoreFactory stores;
	private final TaskTypeRegistry taskTypes;

	@Activate
	public WorkspaceServiceImpl(@Reference StoreFactory stores, @Reference TaskTypeRegistry taskTypes) {
		this.stores = stores;
		this.taskTypes = taskTypes;
	}

	@Override
	public Workspace open(StoreLocation location) {
		return new WorkspaceImpl(location, stores.open(location), taskTypes);
	}
}
