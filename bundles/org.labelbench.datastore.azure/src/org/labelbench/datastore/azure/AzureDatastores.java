package org.labelbench.datastore.azure;

import java.util.List;
import java.util.Optional;

/**
 * The Azure Blob datastores a user has registered: an account and a container with a connection string, an account
 * key or a SAS token. Available as an OSGi service. The secrets are kept in Eclipse secure storage, encrypted under
 * a master password kept in a file only the user can read; nothing secret is written anywhere else.
 */
public interface AzureDatastores {

	/**
	 * Registers a datastore after checking that its container can be listed with the credential.
	 *
	 * @param secret the connection string, account key or SAS token, as the registration's credential says
	 * @throws org.labelbench.store.InvalidInputException for a used or malformed name, wrong credentials or a
	 *         container that does not exist, naming the datastore and the reason
	 * @throws java.io.UncheckedIOException when the account cannot be reached
	 */
	AzureDatastore add(AzureDatastore datastore, String secret);

	/**
	 * Checks that a registration's container can be listed with a secret, without registering anything.
	 *
	 * @throws org.labelbench.store.InvalidInputException for wrong credentials or a missing container
	 * @throws java.io.UncheckedIOException when the account cannot be reached
	 */
	void check(AzureDatastore datastore, String secret);

	/**
	 * Checks that a registered datastore's container can still be listed with its kept secret.
	 *
	 * @throws org.labelbench.store.InvalidInputException for an unknown datastore, wrong credentials or a missing
	 *         container
	 * @throws java.io.UncheckedIOException when the account cannot be reached
	 */
	void check(String name);

	List<AzureDatastore> list();

	Optional<AzureDatastore> find(String name);

	/** @throws org.labelbench.store.InvalidInputException when there is no such datastore */
	AzureDatastore get(String name);

	/**
	 * Forgets a datastore and its secret.
	 *
	 * @throws org.labelbench.store.InvalidInputException when there is no such datastore
	 */
	void remove(String name);
}
