package org.labelbench.datastore.azure.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * A datastore registered by an earlier Labelbench keeps working: its secret, encrypted then under the Azure bundle's
 * own copy of the key-file password provider, decrypts now that one provider in core serves every storage file. The
 * fixture is the user folder that build wrote ({@code datastores.secure} and its {@code secure-storage.key}).
 */
class EarlierSecretsTest {

	private static final String FIXTURE = "fixtures/config-before-fold";

	@Test
	void aSecretSavedByTheBuildBeforeTheSharedProviderStillDecrypts(@TempDir Path config) throws Exception {
		for (String name : new String[] { "datastores.secure", "secure-storage.key" }) {
			// this fragment's entries are found through its host
			try (InputStream in = FrameworkUtil.getBundle(EarlierSecretsTest.class).findEntries(FIXTURE, name, false)
					.nextElement().openStream()) {
				Files.copy(in, config.resolve(name));
			}
		}
		Files.setPosixFilePermissions(config.resolve("secure-storage.key"), PosixFilePermissions.fromString("rw-------"));
		String before = System.getProperty("labelbench.config");
		System.setProperty("labelbench.config", config.toString());
		try {
			SecureDatastoreRegistry registry = new SecureDatastoreRegistry();
			assertEquals("devstoreaccount1", registry.find("compat").orElseThrow().account());
			String secret = registry.secret("compat");
			assertTrue(secret.startsWith("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=")
					&& secret.contains("BlobEndpoint=http://127.0.0.1:47111/devstoreaccount1;"), "decrypted: " + secret);
		} finally {
			System.setProperty("labelbench.config", before);
		}
	}
}
