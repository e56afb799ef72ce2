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

	Verification verification();

	TaskTypeRegistry taskTypes();

	/** @return the store, for reading items as records */
	Store store();

	@Override
	void close();
}
