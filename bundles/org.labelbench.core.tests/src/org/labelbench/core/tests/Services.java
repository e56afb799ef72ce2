package org.labelbench.core.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.TestData;

/** Services and test data, from the shared test support. */
final class Services {

	static final byte[] PNG = TestData.PNG;

	private Services() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		return OsgiServices.get(type);
	}

	static Path write(Path file, byte[] content) throws IOException {
		return TestData.write(file, content);
	}
}
