package org.labelbench.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a Labelbench database lives: a workspace directory (embedded Derby, shared with other local processes through
 * a loopback server) or the URL of a Derby Network Server run for a team.
 */
public final class StoreLocation {

	private final Path workspace;
	private final String serverUrl;

	private StoreLocation(Path workspace, String serverUrl) {
		this.workspace = workspace;
		this.serverUrl = serverUrl;
	}

	/** @return the location of the database in this workspace directory (created when missing) */
	public static StoreLocation workspace(Path directory) {
		return new StoreLocation(directory.toAbsolutePath().normalize(), null);
	}

	/** @return the location of a database served at {@code //host:port/databaseName} */
	public static StoreLocation server(String url) {
		return new StoreLocation(null, Objects.requireNonNull(url));
	}

	public Optional<Path> workspace() {
		return Optional.ofNullable(workspace);
	}

	public Optional<String> serverUrl() {
		return Optional.ofNullable(serverUrl);
	}

	@Override
	public String toString() {
		return workspace != null ? workspace.toString() : serverUrl;
	}
}
