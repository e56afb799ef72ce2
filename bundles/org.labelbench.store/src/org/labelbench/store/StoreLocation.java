package org.labelbench.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Labelbench database lives and who uses it: a workspace directory (embedded Derby, shared with other local
 * processes through a loopback server) or the URL of a Derby Network Server run for a team. The user of a workspace
 * is the operating-system user unless {@link #as(String)} names another (a local process is trusted); the user of a
 * server is whoever the server authenticates with {@link #withPassword(String, char[])}.
 */
public final class StoreLocation {

	private final Path workspace;
	private final String serverUrl;
	private final String user;
	private final char[] password;

	private StoreLocation(Path workspace, String serverUrl, String user, char[] password) {
		this.workspace = workspace;
		this.serverUrl = serverUrl;
		this.user = user;
		this.password = password;
	}

	/** @return the location of the database in this workspace directory (created when missing) */
	public static StoreLocation workspace(Path directory) {
		return new StoreLocation(directory.toAbsolutePath().normalize(), null, osUser(), null);
	}

	/** @return the location of a database served at {@code derby://host:port/databaseName} */
	public static StoreLocation server(String url) {
		return new StoreLocation(null, Objects.requireNonNull(url), osUser(), null);
	}

	/** @return the same location used by another user (on a server, that user must also give a password) */
	public StoreLocation as(String userName) {
		if (userName == null || userName.isBlank()) {
			throw new InvalidInputException("a user name cannot be empty");
		}
		return new StoreLocation(workspace, serverUrl, userName.strip(), password);
	}

	/** @return the same location with a user and the password the server checks (copied; never logged) */
	public StoreLocation withPassword(String userName, char[] secret) {
		return new StoreLocation(workspace, serverUrl, as(userName).user, secret == null ? null : secret.clone());
	}

	/** @return the operating system's name of the user running this process */
	public static String osUser() {
		return System.getProperty("user.name", "unknown");
	}

	public Optional<Path> workspace() {
		return Optional.ofNullable(workspace);
	}

	public Optional<String> serverUrl() {
		return Optional.ofNullable(serverUrl);
	}

	/** @return who uses the database through this location */
	public String user() {
		return user;
	}

	/** @return a copy of the password for a server, if one was given */
	public Optional<char[]> password() {
		return Optional.ofNullable(password).map(p -> Arrays.copyOf(p, p.length));
	}

	@Override
	public String toString() {
		return workspace != null ? workspace.toString() : serverUrl;
	}
}
