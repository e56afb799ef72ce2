package org.labelbench.core.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.labelbench.core.Datastore;
import org.labelbench.core.SubmissionListener;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.store.StoreFactory;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = WorkspaceService.class)
public final class WorkspaceServiceImpl implements WorkspaceService {

	private final StoreFactory stores;
	private final TaskTypeRegistry taskTypes;
	private final DataSources sources;
	private final ExportFormats formats;
	/** the submission listeners, as they come and go; every open workspace sees the current ones */
	private final List<SubmissionListener> listeners = new CopyOnWriteArrayList<>();

	@Activate
	public WorkspaceServiceImpl(@Reference StoreFactory stores, @Reference TaskTypeRegistry taskTypes,
			@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE) List<Datastore> datastores,
			@Reference IExtensionRegistry registry, @Reference ImageDecoder images) {
		this.stores = stores;
		this.taskTypes = taskTypes;
		this.sources = new DataSources(datastores, images);
		this.formats = new ExportFormats(registry);
	}

	@Override
	public Workspace open(StoreLocation location) {
		return new WorkspaceImpl(location, stores.open(location), taskTypes, sources, formats, listeners);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addSubmissionListener(SubmissionListener listener) {
		listeners.add(listener);
	}

	void removeSubmissionListener(SubmissionListener listener) {
		listeners.remove(listener);
	}
}
