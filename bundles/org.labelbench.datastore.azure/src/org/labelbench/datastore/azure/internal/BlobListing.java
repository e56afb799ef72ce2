package org.labelbench.datastore.azure.internal;

import com.azure.core.http.rest.PagedResponse;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.core.Datastore.ItemSink;
import org.labelbench.core.ItemFiles;
import org.labelbench.model.DataKind;

/**
 * Lists the blobs of a location page by page, following the service's continuation tokens: one page (at most
 * {@link #PAGE} names) is in memory at a time, never the whole listing. The service lists in name order. Blobs whose
 * extension fits the data kind become items; those that cannot be read reliably become item errors with the reason.
 */
final class BlobListing {

	/** names per page; {@code -Dlabelbench.azure.listPage} changes it (tests make it small to see several pages) */
	static final int PAGE = 5000;
	/** Azure's limit for blob names */
	static final int MAX_NAME = 1024;

	private final BlobLocation location;
	private final DataKind kind;
	private final ItemSink sink;
	private final IProgressMonitor monitor;
	private long seen;

	BlobListing(BlobLocation location, DataKind kind, ItemSink sink, IProgressMonitor monitor) {
		this.location = location;
		this.kind = kind;
		this.sink = sink;
		this.monitor = monitor;
	}

	void run(BlobContainerClient container) {
		int pageSize = Integer.getInteger("labelbench.azure.listPage", PAGE);
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(location.prefix()).setMaxResultsPerPage(pageSize);
		String token = null;
		do {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			PagedResponse<BlobItem> page = container.listBlobs(options, token, null).iterableByPage(token, pageSize)
					.iterator().next();
			page.getValue().forEach(this::blob);
			token = page.getContinuationToken();
			monitor.subTask(seen + " blobs listed");
		} while (token != null && !token.isEmpty());
	}

	private void blob(BlobItem blob) {
		seen++;
		String name = blob.getName();
		if (Boolean.TRUE.equals(blob.isPrefix()) || !location.matches(name) || !ItemFiles.matches(kind, name)) {
			return;
		}
		String problem = problem(name, blob.getProperties().getContentLength());
		if (problem != null) {
			sink.error(name, problem);
		} else if (kind == DataKind.TEXT && "csv".equals(ItemFiles.extension(name))) {
			sink.error(name, "a CSV blob is a dataset of its own: create the project with --data "
					+ BlobLocation.SCHEME + location.datastore() + "/" + name + " --text-column COLUMN");
		} else {
			sink.item(name);
		}
	}

	/** @return why a blob cannot be an item, or null */
	static String problem(String name, Long size) {
		for (String segment : name.split("/", -1)) {
			if (segment.equals("..") || segment.equals(".")) {
				return "blob name has a '" + segment + "' segment, which URLs resolve to another blob: rename the blob";
			}
		}
		if (name.chars().anyMatch(Character::isISOControl)) {
			return "blob name contains control characters: rename the blob";
		}
		if (name.length() > MAX_NAME) {
			return "blob name is longer than " + MAX_NAME + " characters";
		}
		if (size != null && size == 0) {
			return "empty blob";
		}
		return null;
	}
}
