package org.labelbench.core;

import org.labelbench.store.StoreLocation;

/** Opens Labelbench workspaces. Available as an OSGi service; the CLI and the workbench start here. */
public interface WorkspaceService {

	/**
	 * Opens the workspace at a location; see {@link org.labelbench.store.StoreFactory#open(StoreLocation)}.
	 *
	 * @throws org.labelbench.store.StoreException when its database cannot be opened
	 */
	Workspace open(StoreLocation location);
}
