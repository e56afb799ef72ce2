package org.labelbench.core;

import java.util.Optional;

import org.labelbench.store.StoreLocation;

/**
 * Who signs in to a team server and with what password: the user from {@code --user}, else {@code $LABELBENCH_USER},
 * else the system's user name; the password from {@code $LABELBENCH_PASSWORD}, else from Eclipse secure storage, where
 * {@code server login} keeps it ({@code servers.secure} in the user's Labelbench folder). Never from an argument,
 * which other users of the machine would see in the process list.
 */
public final class ServerLogin {

	/** the environment variable that holds the server password */
	public static final String PASSWORD_VARIABLE = "LABELBENCH_PASSWORD";

	private ServerLogin() {
	}

	/**
	 * @param user the user given on the command line, if any
	 * @return the server at {@code url} (derby://host:port/database) as that user, with their password if one is found
	 */
	public static StoreLocation location(String url, Optional<String> user) {
		String name = user.or(() -> Optional.ofNullable(System.getenv("LABELBENCH_USER")).filter(u -> !u.isBlank()))
				.orElse(StoreLocation.osUser());
		char[] password = password().or(() -> org.labelbench.core.internal.ServerPasswords.find(url, name)).orElse(null);
		return StoreLocation.server(url).withPassword(name, password);
	}

	/** @return the password in {@code $LABELBENCH_PASSWORD}, if set */
	public static Optional<char[]> password() {
		return Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty()).map(String::toCharArray);
	}

	/** Keeps a user's password for a server in secure storage, for later sessions. */
	public static void remember(String url, String user, char[] password) {
		org.labelbench.core.internal.ServerPasswords.put(url, user, password);
	}
}
