package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.core.Datastore.ItemSink;
import org.labelbench.core.Datastore.Page;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.model.DataKind;

/**
 * Upload, listing, browsing and initialization rates against a datastore, on generated 1x1 PNG files (1,000 to a folder) in
 * {@code bench/TIME/} of its container, which is emptied afterwards.
 */
final class AzureBench {

	/** What was measured, per second. */
	record Figures(double uploadPerSecond, double listPerSecond, double browsePerSecond, double initPerSecond,
			int threads) {
	}

	private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
			+ "0000001f15c4890000000d49444154789c6360f8cfc0f01f0005000200e221bc330000000049454e44ae426082");

	private AzureBench() {
	}

	static Figures run(AzureBlobDatastore datastores, String name, int files, Path scratch, Workspace workspace)
			throws IOException {
		Path folder = Files.createDirectories(scratch.resolve("files"));
		for (int i = 0; i < files; i++) {
			Path file = folder.resolve(String.format("d%03d/img%07d.png", i / 1000, i));
			Files.createDirectories(file.getParent());
			Files.write(file, PNG);
		}
		String prefix = "bench/" + System.currentTimeMillis() + "/";
		String location = BlobLocation.SCHEME + name + "/" + prefix + "**";
		BlobContainerClient container = datastores.container(name);
		try {
			long start = System.nanoTime();
			datastores.upload(folder, DataKind.IMAGE, BlobLocation.SCHEME + name + "/" + prefix, "", new NullProgressMonitor());
			double upload = files / seconds(start);

			LongAdder listed = new LongAdder();
			start = System.nanoTime();
			new BlobListing(BlobLocation.parse(location), DataKind.IMAGE, counting(listed), new NullProgressMonitor())
					.run(container);
			double list = listed.sum() / seconds(start);

			start = System.nanoTime();
			long browsed = 0;
			for (int d = 0; d <= (files - 1) / 1000; d++) { // folder by folder, as the wizard's tree
				String path = BlobLocation.SCHEME + name + "/" + prefix + String.format("d%03d/", d);
				String continuation = null;
				do {
					Page page = datastores.browse(path, continuation, 1000);
					browsed += page.entries().size();
					continuation = page.continuation();
				} while (continuation != null);
			}
			double browse = browsed / seconds(start);

			start = System.nanoTime();
			long items = workspace.projects().create(new ProjectSpec("bench-azure", "image-multiclass", null, null, null,
					List.of("a", "b"), null, null, (long) Integer.MAX_VALUE, location), new NullProgressMonitor())
					.status().items().total();
			double init = items / seconds(start);
			return new Figures(upload, list, browse, init, BlobUpload.THREADS);
		} finally {
			empty(container, prefix);
		}
	}

	private static void empty(BlobContainerClient container, String prefix) {
		ExecutorService pool = Executors.newFixedThreadPool(BlobUpload.THREADS);
		for (BlobItem blob : container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)) {
			pool.submit(() -> container.getBlobClient(blob.getName()).deleteIfExists());
		}
		pool.shutdown();
		try {
			pool.awaitTermination(10, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static ItemSink counting(LongAdder count) {
		return new ItemSink() {
			@Override
			public void item(String location) {
				count.increment();
			}

			@Override
			public void textItem(String location, String text) {
				count.increment();
			}

			@Override
			public void error(String location, String reason) {
				count.increment();
			}
		};
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
