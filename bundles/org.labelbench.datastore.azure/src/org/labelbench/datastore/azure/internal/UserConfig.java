package org.labelbench.datastore.azure.internal;

import java.nio.file.Path;

/**
 * Where a user's Labelbench settings are kept: {@code -Dlabelbench.config=DIR}, else {@code $LABELBENCH_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/labelbench}, else {@code ~/.config/labelbench}. The datastore registrations and the master
 * password of their secure storage live here, never in a workspace (a workspace may be shared with a team).
 */
final class UserConfig {

	private UserConfig() {
	}

	static Path directory() {
		String configured = System.getProperty("labelbench.config", System.getenv("LABELBENCH_CONFIG"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String xdg = System.getenv("XDG_CONFIG_HOME");
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config"))
				.resolve("labelbench");
	}

	/** @return the folder for blobs read while labeling: {@code -Dlabelbench.blobCache=DIR}, else ~/.cache/labelbench/blobs */
	static Path blobCache() {
		String configured = System.getProperty("labelbench.blobCache");
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		String xdg = System.getenv("XDG_CACHE_HOME");
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
				.resolve("labelbench").resolve("blobs");
	}
}
