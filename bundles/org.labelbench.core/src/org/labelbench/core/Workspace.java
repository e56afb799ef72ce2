package org.labelbench.core;

import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

/** An open workspace: its projects and their items. Thread-safe; close it when done. */
public interface Workspace extends AutoCloseable {

	StoreLocation location();

	Projects projects();

	Datasets datasets();

	Labeling labeling();

	Review review();

	Exports exports();

	/** @return who uses the workspace and what they may do */
	Access access();

	/** @return the projects' members and the team server's users */
	Members members();

	/** @return work assigned to particular labelers */
	Assignments assignments();

	Verification verification();

	TaskTypeRegistry taskTypes();

	/** @return the store, for reading items as records */
	Store store();

	@Override
	void close();
}
