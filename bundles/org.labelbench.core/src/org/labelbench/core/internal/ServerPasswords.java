package org.labelbench.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.labelbench.core.secure.KeyFilePasswordProvider;

/**
 * Team-server passwords in Eclipse secure storage, {@code servers.secure} of the user's Labelbench folder, one node
 * per server URL and user, the password encrypted under the master password of {@link KeyFilePasswordProvider}.
 */
public final class ServerPasswords {

	static final String FILE_NAME = "servers.secure";
	private static final String ROOT = "/org.labelbench/servers";
	/** the id of the secure-storage extension this storage is written with (see plugin.xml) */
	private static final String PROVIDER_ID = "org.labelbench.core.serverKeyFile";

	private ServerPasswords() {
	}

	private static ISecurePreferences root() {
		return KeyFilePasswordProvider.open(FILE_NAME, PROVIDER_ID, ROOT);
	}

	private static String node(String url, String user) {
		return URLEncoder.encode(url, StandardCharsets.UTF_8) + "/" + URLEncoder.encode(user, StandardCharsets.UTF_8);
	}

	/** @return the password kept for a user of a server, if any */
	public static synchronized Optional<char[]> find(String url, String user) {
		ISecurePreferences root = root();
		if (!root.nodeExists(node(url, user))) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(root.node(node(url, user)).get("password", null)).map(String::toCharArray);
		} catch (StorageException e) {
			throw new UncheckedIOException("the password of " + user + " at " + url + " cannot be read from secure "
					+ "storage: " + e.getMessage(), new IOException(e));
		}
	}

	/** Keeps a user's password for a server, encrypted. */
	public static synchronized void put(String url, String user, char[] password) {
		ISecurePreferences node = root().node(node(url, user));
		try {
			node.put("password", new String(password), true);
			node.flush();
		} catch (StorageException | IOException e) {
			node.removeNode();
			throw new UncheckedIOException("the password cannot be saved in secure storage: " + e.getMessage(),
					e instanceof IOException io ? io : new IOException(e));
		}
	}

	/** @return whether a password was kept */
	public static synchronized boolean remove(String url, String user) {
		ISecurePreferences root = root();
		if (!root.nodeExists(node(url, user))) {
			return false;
		}
		root.node(node(url, user)).removeNode();
		try {
			root.flush();
		} catch (IOException e) {
			throw new UncheckedIOException("secure storage cannot be saved: " + e.getMessage(), e);
		}
		return true;
	}
}
