package org.labelbench.core;

import java.io.IOException;
import java.util.List;

import org.labelbench.core.Datastore.Page;
import org.labelbench.core.Datastore.Root;

/**
 * Browses the folders of every installed datastore, whatever its kind, so that a user can pick data where it is: an
 * OSGi service, for the command line and the workbench alike.
 */
public interface DatastoreBrowser {

	/** @return the places to browse of every installed datastore, local files first, then by name */
	List<Root> roots();

	/** @throws org.labelbench.store.InvalidInputException when no installed datastore has a root of this name */
	Root root(String name);

	/**
	 * @return the location of a folder below a root, from a path such as {@code images/2026} ("" for the root)
	 * @throws org.labelbench.store.InvalidInputException for a path with '.' or '..' segments
	 */
	String folder(Root root, String path);

	/**
	 * Lists one page of a folder: see {@link Datastore#browse}.
	 *
	 * @throws org.labelbench.store.InvalidInputException when no installed datastore browses the location
	 */
	Page browse(String folder, String continuation, int max) throws IOException;

	/** @return the data location that takes everything below a folder, for {@code project create --data} */
	static String everythingBelow(String folder) {
		return (folder.endsWith("/") ? folder : folder + "/") + "**";
	}
}
