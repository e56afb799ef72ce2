package org.labelbench.store.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The file in a workspace that tells other processes on this machine where the process owning the embedded database
 * serves it: {@code server.properties} with host, port and the owner's pid.
 */
final class ServerFile {

	static final String NAME = "server.properties";

	record Endpoint(String host, int port, long pid) {
	}

	private final Path file;

	ServerFile(Path workspace) {
		this.file = workspace.resolve(NAME);
	}

	Optional<Endpoint> read() {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
			return Optional.of(new Endpoint(properties.getProperty("host"), Integer.parseInt(properties.getProperty("port")),
					Long.parseLong(properties.getProperty("pid", "-1"))));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException | RuntimeException e) {
			// half-written or damaged: the owner rewrites it, or the next owner does
			return Optional.empty();
		}
	}

	/** Writes the endpoint atomically, so a reader never sees half a file. */
	void write(Endpoint endpoint) {
		Properties properties = new Properties();
		properties.setProperty("host", endpoint.host());
		properties.setProperty("port", Integer.toString(endpoint.port()));
		properties.setProperty("pid", Long.toString(endpoint.pid()));
		try {
			Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
			try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				properties.store(writer, "Derby Network Server of the process that owns this workspace's database");
			}
			try {
				Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Removes the file if it still names this endpoint (a successor may have written its own). */
	void removeIfOwn(Endpoint endpoint) {
		if (read().filter(endpoint::equals).isPresent()) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a stale file is harmless: the next process finds nobody there and takes over
			}
		}
	}
}
