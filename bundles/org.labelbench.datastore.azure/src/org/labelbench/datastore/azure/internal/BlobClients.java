package org.labelbench.datastore.azure.internal;

import java.time.Duration;

import com.azure.core.http.HttpClient;
import com.azure.core.http.netty.NettyAsyncHttpClientBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;

import org.labelbench.datastore.azure.AzureDatastore;

/**
 * Builds SDK clients. The Netty HTTP client is passed explicitly: azure-core looks for one with ServiceLoader, which
 * does not see across OSGi bundles. Requests are retried with exponential backoff (4 tries, 0.5 s to 4 s apart) on
 * timeouts, dropped connections and server errors, never on refused credentials or missing blobs.
 */
final class BlobClients {

	private static final HttpClient HTTP = new NettyAsyncHttpClientBuilder().build();
	private static final RequestRetryOptions RETRIES = new RequestRetryOptions(RetryPolicyType.EXPONENTIAL, 4,
			Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(4), null);

	private BlobClients() {
	}

	static BlobContainerClient container(AzureDatastore datastore, String secret) {
		BlobServiceClientBuilder builder = new BlobServiceClientBuilder().httpClient(HTTP).retryOptions(RETRIES);
		switch (datastore.credential()) {
			case CONNECTION_STRING -> builder.connectionString(secret);
			case ACCOUNT_KEY -> builder.endpoint(datastore.endpoint())
					.credential(new StorageSharedKeyCredential(datastore.account(), secret));
			case SAS -> builder.endpoint(datastore.endpoint()).sasToken(secret.startsWith("?") ? secret.substring(1) : secret);
		}
		return builder.buildClient().getBlobContainerClient(datastore.container());
	}
}
