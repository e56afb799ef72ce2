package org.labelbench.store;

/** Opens Labelbench databases. Available as an OSGi service. */
public interface StoreFactory {

	/**
	 * Opens the database at a location, creating or upgrading its schema as needed. In a workspace the first process
	 * opens the database embedded and serves it on loopback; later processes connect through that server and take
	 * over when the first one has gone.
	 *
	 * @throws StoreException when the database cannot be opened (locked, unreachable, written by a newer version)
	 */
	Store open(StoreLocation location);
}
