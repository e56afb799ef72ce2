package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services as the OSGi framework provides them, and test data. */
final class Services {

	/** the smallest valid PNG: 1x1 pixel */
	static final byte[] PNG = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
			+ "0000001f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

	private Services() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		var context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		assertNotNull(service, type.getSimpleName() + " is registered");
		return service;
	}

	static Path write(Path file, byte[] content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.write(file, content);
	}
}
