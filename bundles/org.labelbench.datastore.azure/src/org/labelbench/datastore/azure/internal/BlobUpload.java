package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.ItemFiles;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.model.DataKind;

/**
 * Uploads the files of a local folder that fit a data kind into a folder of a container, several at a time. Blob
 * names are the files' paths below the folder, so an upload that was canceled or broke off is resumed by running it
 * again: blobs already there with the file's size are skipped, and nothing is uploaded twice. Each blob is committed
 * whole, so no half-written blob is left behind. The files' names (not their contents) and the names already in
 * the folder are held in memory.
 */
final class BlobUpload {

	/** @param uploaded files sent now; @param skipped files already there from an earlier run */
	record Result(long uploaded, long skipped, long bytes) {
	}

	static final int THREADS = Integer.getInteger("labelbench.azure.uploadThreads", 8);

	private final BlobContainerClient container;
	private final AzureDatastore datastore;

	BlobUpload(BlobContainerClient container, AzureDatastore datastore) {
		this.container = container;
		this.datastore = datastore;
	}

	/**
	 * @param folder a local folder, searched recursively
	 * @param prefix the container folder, "" or ending with '/'
	 * @throws IOException naming how many files failed and the first one with its reason; run again to resume
	 */
	Result run(Path folder, DataKind kind, String prefix, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Uploading to " + datastore.name(), 100);
		List<Path> files = files(folder, kind);
		Map<String, Long> there = existing(prefix);
		List<Path> todo = new ArrayList<>();
		long skipped = 0;
		for (Path file : files) {
			Long size = there.get(prefix + name(folder, file));
			if (size != null && size == Files.size(file)) {
				skipped++;
			} else {
				todo.add(file);
			}
		}
		progress.setWorkRemaining(Math.max(1, todo.size()));
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
			Thread thread = new Thread(r, "Labelbench upload to " + datastore.name());
			thread.setDaemon(true);
			return thread;
		});
		CompletionService<Long> done = new ExecutorCompletionService<>(pool);
		try {
			for (Path file : todo) {
				String blob = prefix + name(folder, file);
				done.submit(() -> {
					upload(blob, file);
					return Files.size(file);
				});
			}
			return collect(done, todo, folder, skipped, progress);
		} finally {
			pool.shutdownNow();
			awaitQuietly(pool);
		}
	}

	private Result collect(CompletionService<Long> done, List<Path> todo, Path folder, long skipped,
			SubMonitor progress) throws IOException {
		long bytes = 0;
		long uploaded = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < todo.size(); i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			try {
				bytes += done.take().get();
				uploaded++;
			} catch (ExecutionException e) {
				failures.add(e.getCause().getMessage());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
			progress.worked(1);
			if (i % 100 == 0) {
				progress.subTask((uploaded + skipped) + " files in " + datastore.name());
			}
		}
		if (!failures.isEmpty()) {
			throw new IOException(failures.size() + " of " + todo.size() + " files could not be uploaded to datastore '"
					+ datastore.name() + "' (run again to resume), the first: " + failures.get(0));
		}
		return new Result(uploaded, skipped, bytes);
	}

	private void upload(String blob, Path file) throws IOException {
		String problem = BlobListing.problem(blob, null);
		if (problem != null) {
			throw new IOException("file '" + file + "': " + problem);
		}
		try {
			container.getBlobClient(blob).uploadFromFile(file.toString(), true);
		} catch (RuntimeException e) {
			throw new IOException("file '" + file + "': " + AzureErrors.of(datastore, blob, e).getMessage(), e);
		}
	}

	private Map<String, Long> existing(String prefix) {
		Map<String, Long> sizes = new HashMap<>();
		try {
			for (BlobItem blob : container.listBlobs(new ListBlobsOptions().setPrefix(prefix)
					.setMaxResultsPerPage(BlobListing.PAGE), null)) {
				sizes.put(blob.getName(), blob.getProperties().getContentLength());
			}
		} catch (RuntimeException e) {
			throw AzureErrors.of(datastore, null, e);
		}
		return sizes;
	}

	private static List<Path> files(Path folder, DataKind kind) throws IOException {
		try (var walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(f -> ItemFiles.matches(kind, f.getFileName().toString()))
					.sorted().toList();
		}
	}

	private static String name(Path folder, Path file) {
		return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
	}

	private static void awaitQuietly(ExecutorService pool) {
		try {
			pool.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
