package org.labelbench.cli.internal;

import java.util.Optional;

import org.labelbench.store.StoreLocation;

/**
 * Who signs in to a team server and with what password: the user from {@code --user}, else {@code $LABELBENCH_USER},
 * else the system's user name; the password from {@code $LABELBENCH_PASSWORD}. Never from an argument, which other
 * users of the machine would see in the process list.
 */
public final class ServerLogin {

	/** the environment variable that holds the server password */
	public static final String PASSWORD_VARIABLE = "LABELBENCH_PASSWORD";

	private ServerLogin() {
	}

	static StoreLocation location(String url, Optional<String> user) {
		String name = user.or(() -> Optional.ofNullable(System.getenv("LABELBENCH_USER")).filter(u -> !u.isBlank()))
				.orElse(StoreLocation.osUser());
		return StoreLocation.server(url).withPassword(name, password().orElse(null));
	}

	/** @return the password in {@code $LABELBENCH_PASSWORD}, if set */
	public static Optional<char[]> password() {
		return Optional.ofNullable(System.getenv(PASSWORD_VARIABLE)).filter(p -> !p.isEmpty()).map(String::toCharArray);
	}
}
