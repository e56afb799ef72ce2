package org.labelbench.core;

import java.nio.file.Path;

/**
 * Where a user's Labelbench settings, secrets and caches are kept, never in a workspace, which a team shares.
 */
public final class UserConfig {

	/** the system property naming the settings folder, for tests and for users who keep their settings elsewhere */
	public static final String PROPERTY = "labelbench.config";

	private UserConfig() {
	}

	/**
	 * @return {@code -Dlabelbench.config=DIR}, else {@code $LABELBENCH_CONFIG}, else {@code $XDG_CONFIG_HOME/labelbench},
	 *         else {@code ~/.config/labelbench}
	 */
	public static Path directory() {
		String configured = System.getProperty(PROPERTY, System.getenv("LABELBENCH_CONFIG"));
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return base("XDG_CONFIG_HOME", ".config");
	}

	/** @return {@code $XDG_CACHE_HOME/labelbench}, else {@code ~/.cache/labelbench} */
	public static Path cacheDirectory() {
		return base("XDG_CACHE_HOME", ".cache");
	}

	private static Path base(String xdgVariable, String homeFolder) {
		String xdg = System.getenv(xdgVariable);
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), homeFolder))
				.resolve("labelbench");
	}
}
