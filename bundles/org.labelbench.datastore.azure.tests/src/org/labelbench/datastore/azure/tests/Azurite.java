package org.labelbench.datastore.azure.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;

import org.labelbench.testsupport.TestData;

/**
 * The Azurite blob service that ./test starts ({@code releng/scripts/azurite.sh}); its endpoint comes in
 * {@code -Dlabelbench.azurite.blob}. Each test makes containers of its own.
 */
final class Azurite {

	/** the well-known key of Azurite's development account (public, documented by Microsoft) */
	static final String ACCOUNT = "devstoreaccount1";
	static final String KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

	private Azurite() {
	}

	static String endpoint() {
		String endpoint = System.getProperty("labelbench.azurite.blob", "");
		if (!endpoint.startsWith("http")) {
			throw new IllegalStateException("no Azurite: these tests need -Dlabelbench.azurite.blob=http://127.0.0.1:PORT/"
					+ ACCOUNT + " (./test starts Azurite and passes it in LABELBENCH_AZURITE_BLOB)");
		}
		return endpoint;
	}

	static String connectionString() {
		return "DefaultEndpointsProtocol=http;AccountName=" + ACCOUNT + ";AccountKey=" + KEY + ";BlobEndpoint="
				+ endpoint() + ";";
	}

	static BlobServiceClient service() {
		return new BlobServiceClientBuilder().connectionString(connectionString())
				.httpClient(new NettyAsyncHttpClientBuilder().build()).buildClient();
	}

	/** @return a new, empty container with a unique name */
	static BlobContainerClient newContainer() {
		return service().createBlobContainer("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
	}

	static void put(BlobContainerClient container, String name, byte[] content) {
		container.getBlobClient(name).upload(BinaryData.fromBytes(content), true);
	}

	/** @return a PNG of the given size */
	static byte[] png(Path scratch, int width, int height) throws IOException {
		Path file = TestData.png(Files.createTempFile(scratch, "img", ".png"), width, height);
		return Files.readAllBytes(file);
	}

	static String read(BlobContainerClient container, String name) {
		return container.getBlobClient(name).downloadContent().toString();
	}
}
