package org.labelbench.store.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.labelbench.store.Store;
import org.labelbench.store.StoreFactory;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Opens Derby databases. Stores of the same workspace opened in this process share one database route (embedded
 * owner or client), since Derby lets one JVM boot a database once.
 */
@Component(service = StoreFactory.class)
public final class DerbyStoreFactory implements StoreFactory {

	private final Map<Path, Shared> workspaces = new HashMap<>();

	/** One workspace database and how many open stores use it. */
	private static final class Shared {
		final WorkspaceDatabase database;
		int users;

		Shared(WorkspaceDatabase database) {
			this.database = database;
		}
	}

	@Override
	public Store open(StoreLocation location) {
		if (location.serverUrl().isPresent()) {
			TeamServerSource source = new TeamServerSource(location.serverUrl().get(), location.user(),
					location.password().orElse(null));
			try {
				return new DerbyStore(source, location.user(), source::close);
			} catch (RuntimeException e) {
				source.close();
				throw e;
			}
		}
		Path workspace = location.workspace().orElseThrow();
		Shared shared;
		synchronized (workspaces) {
			shared = workspaces.computeIfAbsent(workspace, w -> new Shared(new WorkspaceDatabase(w)));
			shared.users++;
		}
		try {
			return new DerbyStore(shared.database, location.user(), () -> release(workspace));
		} catch (RuntimeException e) {
			release(workspace);
			throw e;
		}
	}

	private void release(Path workspace) {
		synchronized (workspaces) {
			Shared shared = workspaces.get(workspace);
			if (shared != null && --shared.users == 0) {
				workspaces.remove(workspace);
				shared.database.close();
			}
		}
	}

	@Deactivate
	void deactivate() {
		synchronized (workspaces) {
			workspaces.values().forEach(shared -> shared.database.close());
			workspaces.clear();
		}
	}
}
