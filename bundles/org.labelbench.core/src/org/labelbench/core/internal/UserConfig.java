package org.labelbench.core.internal;

import java.nio.file.Path;

/**
 * Where a user's Labelbench settings are kept: {@code -Dlabelbench.config=DIR}, else {@code $LABELBENCH_CONFIG}, else
 * {@code $XDG_CONFIG_HOME/labelbench}, else {@code ~/.config/labelbench}; never in a workspace, which a team shares.
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
}
