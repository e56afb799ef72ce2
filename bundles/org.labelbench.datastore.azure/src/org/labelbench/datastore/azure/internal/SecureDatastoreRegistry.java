package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.labelbench.core.secure.KeyFilePasswordProvider;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastore.Credential;

/**
 * Datastore registrations in Eclipse secure storage ({@code datastores.secure} in the user's Labelbench folder): the
 * account, container and endpoint in clear, the secret encrypted. Opened with the master password file provider only,
 * and without prompting, so it works the same in the workbench, the command line and tests.
 */
final class SecureDatastoreRegistry {

	static final String FILE_NAME = "datastores.secure";
	private static final String ROOT = "/org.labelbench/datastores/azure";
	/** the id of the secure-storage extension this storage is written with (see plugin.xml) */
	private static final String PROVIDER_ID = "org.labelbench.datastore.azure.masterPasswordFile";

	/** @return the registrations of this user, opened now (secure storage caches nothing we rely on across calls) */
	private static ISecurePreferences root() {
		return KeyFilePasswordProvider.open(FILE_NAME, PROVIDER_ID, ROOT);
	}

	synchronized List<AzureDatastore> list() {
		ISecurePreferences root = root();
		List<AzureDatastore> datastores = new ArrayList<>();
		for (String name : root.childrenNames()) {
			read(root.node(name), name).ifPresent(datastores::add);
		}
		datastores.sort(java.util.Comparator.comparing(AzureDatastore::name));
		return datastores;
	}

	synchronized Optional<AzureDatastore> find(String name) {
		ISecurePreferences root = root();
		return root.nodeExists(name) ? read(root.node(name), name) : Optional.empty();
	}

	synchronized boolean exists(String name) {
		return root().nodeExists(name);
	}

	/** @return the secret of a registered datastore, decrypted */
	synchronized String secret(String name) {
		try {
			String secret = root().node(name).get("secret", null);
			if (secret == null) {
				throw new UncheckedIOException(new IOException("datastore '" + name + "' has no secret in secure storage"));
			}
			return secret;
		} catch (StorageException e) {
			throw new UncheckedIOException("the secret of datastore '" + name + "' cannot be decrypted (was the master "
					+ "password file replaced?): " + e.getMessage(), new IOException(e));
		}
	}

	synchronized void put(AzureDatastore datastore, String secret) {
		ISecurePreferences node = root().node(datastore.name());
		try {
			node.put("account", datastore.account(), false);
			node.put("container", datastore.container(), false);
			node.put("endpoint", datastore.endpoint(), false);
			node.put("credential", datastore.credential().id(), false);
			node.put("secret", secret, true);
			node.flush();
		} catch (StorageException | IOException e) {
			node.removeNode();
			throw new UncheckedIOException("datastore '" + datastore.name() + "' cannot be saved in secure storage: "
					+ e.getMessage(), e instanceof IOException io ? io : new IOException(e));
		}
	}

	synchronized void remove(String name) {
		ISecurePreferences root = root();
		root.node(name).removeNode();
		try {
			root.flush();
		} catch (IOException e) {
			throw new UncheckedIOException("secure storage cannot be saved: " + e.getMessage(), e);
		}
	}

	private static Optional<AzureDatastore> read(ISecurePreferences node, String name) {
		try {
			return Optional.of(new AzureDatastore(name, node.get("account", null), node.get("container", null),
					node.get("endpoint", null), Credential.of(node.get("credential", "connection-string"))));
		} catch (StorageException | RuntimeException e) {
			org.eclipse.core.runtime.ILog.of(SecureDatastoreRegistry.class)
					.warn("Datastore '" + name + "' in secure storage is unreadable and is skipped: " + e.getMessage());
			return Optional.empty();
		}
	}
}
