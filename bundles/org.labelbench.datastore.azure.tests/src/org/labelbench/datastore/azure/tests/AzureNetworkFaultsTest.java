package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.datastore.azure.AzureDatastore.Credential;
import org.labelbench.testsupport.TestData;

/**
 * The network between Labelbench and the storage account fails: a connection dropped in the middle of an upload, and
 * blobs changed in the container after they were cached. A proxy in front of Azurite plays the network.
 */
class AzureNetworkFaultsTest extends AzureFixture {

	private CuttingProxy proxy;
	private String viaProxy;

	@BeforeEach
	void throughAProxy() throws IOException {
		proxy = new CuttingProxy(Azurite.endpoint());
		viaProxy = "p-" + container.getBlobContainerName();
		datastores.add(datastore(viaProxy, container.getBlobContainerName(), Credential.CONNECTION_STRING),
				Azurite.connectionString().replace(Azurite.endpoint(), proxy.endpoint()));
	}

	@AfterEach
	void closeProxy() throws IOException {
		datastores.remove(viaProxy);
		proxy.close();
	}

	private Map<String, String> etags(String prefix) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(prefix)
				.setDetails(new BlobListDetails().setRetrieveUncommittedBlobs(true));
		return container.listBlobs(options, null).stream()
				.collect(Collectors.toMap(BlobItem::getName, b -> b.getProperties().getETag()));
	}

	@Test
	void aConnectionDroppedMidUploadNamesTheFileLeavesNoPartialBlobAndTheNextRunResumes() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("local"));
		for (int i = 0; i < 20; i++) {
			TestData.write(folder.resolve(String.format("small/img%02d.png", i)), TestData.PNG);
		}
		byte[] big = new byte[3 * 1024 * 1024];
		new Random(8).nextBytes(big);
		TestData.write(folder.resolve("big/cut-here.png"), big);
		ProjectSpec spec = new ProjectSpec("flaky", "image-multiclass", folder, null, null, List.of("a"), null, null,
				null, null, "azure://" + viaProxy);
		String prefix = "Labeling/upload/flaky/";

		proxy.cut("cut-here.png", 256 * 1024); // every try of that upload is dropped a quarter megabyte in
		UncheckedIOException failed = assertThrows(UncheckedIOException.class,
				() -> workspace.projects().create(spec, new NullProgressMonitor()));
		assertTrue(failed.getMessage().contains("1 of 21 files could not be uploaded")
				&& failed.getMessage().contains("cut-here.png"), failed.getMessage());
		assertTrue(proxy.cuts() >= 2, "the SDK retried the dropped upload: " + proxy.cuts() + " cuts");
		Map<String, String> before = etags(prefix);
		assertEquals(20, before.size(), "the small files, and no partial or uncommitted blob: " + before.keySet());
		assertFalse(before.containsKey(prefix + "big/cut-here.png"));
		assertTrue(workspace.projects().list().isEmpty(), "no project while its data is not all there");

		proxy.cut(null, 0); // the network is back
		assertEquals(21, workspace.projects().create(spec, new NullProgressMonitor()).status().items().total());
		Map<String, String> after = etags(prefix);
		assertEquals(21, after.size(), "every file once");
		before.forEach((name, etag) -> assertEquals(etag, after.get(name), name + " was not uploaded again"));
		assertEquals(big.length, container.getBlobClient(prefix + "big/cut-here.png").getProperties().getBlobSize());
		try (InputStream in = workspace.review().open("flaky", prefix + "big/cut-here.png")) {
			assertArrayEquals(big, in.readAllBytes());
		}
	}

	@Test
	void aCachedBlobIsServedWhileUnchangedAndReadAgainOnceChangedInTheContainer() throws Exception {
		Random random = new Random(3);
		byte[] first = new byte[200_000];
		byte[] second = new byte[200_000];
		random.nextBytes(first);
		random.nextBytes(second);
		Azurite.put(container, "cached/a.png", first);
		create("cached", "image-multiclass", "azure://" + viaProxy + "/cached/**", "a");

		assertArrayEquals(first, read("cached/a.png"));
		long start = proxy.bytesToClient();
		assertArrayEquals(first, read("cached/a.png"));
		long unchanged = proxy.bytesToClient() - start;
		assertTrue(unchanged < 5_000, "an unchanged blob comes from the cache: " + unchanged + " bytes over the network");

		Azurite.put(container, "cached/a.png", second); // replaced in the container by someone else
		start = proxy.bytesToClient();
		assertArrayEquals(second, read("cached/a.png"), "the new content, not the stale copy");
		assertTrue(proxy.bytesToClient() - start >= second.length, "downloaded again");
		assertArrayEquals(second, read("cached/a.png"));

		container.getBlobClient("cached/a.png").delete();
		IOException gone = assertThrows(IOException.class, () -> read("cached/a.png"));
		assertTrue(gone.getMessage().contains("deleted after it was listed"), gone.getMessage());
	}

	private byte[] read(String location) throws IOException {
		try (InputStream in = workspace.review().open("cached", location)) {
			return in.readAllBytes();
		}
	}
}
