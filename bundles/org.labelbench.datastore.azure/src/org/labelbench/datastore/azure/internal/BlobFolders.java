package org.labelbench.datastore.azure.internal;

import java.util.ArrayList;
import java.util.List;

import com.azure.core.http.rest.PagedResponse;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import org.labelbench.core.Datastore.Entry;
import org.labelbench.core.Datastore.Page;

/**
 * The virtual folders of a container: the service lists what is directly below a prefix, taking the '/' in blob
 * names as the folder separator, one page per request, in name order.
 */
final class BlobFolders {

	private static final String DELIMITER = "/";

	private final BlobContainerClient container;
	private final String datastore;

	BlobFolders(BlobContainerClient container, String datastore) {
		this.container = container;
		this.datastore = datastore;
	}

	/** @param prefix "" for the top of the container, else a folder ending with '/' */
	Page page(String prefix, String continuation, int max) {
		ListBlobsOptions options = new ListBlobsOptions().setPrefix(prefix).setMaxResultsPerPage(max);
		PagedResponse<BlobItem> page = container.listBlobsByHierarchy(DELIMITER, options, null)
				.iterableByPage(continuation, max).iterator().next();
		List<Entry> entries = new ArrayList<>(page.getValue().size());
		for (BlobItem item : page.getValue()) {
			String name = item.getName().substring(prefix.length());
			String location = BlobLocation.SCHEME + datastore + "/" + item.getName();
			if (Boolean.TRUE.equals(item.isPrefix())) {
				entries.add(new Entry(name, location, true, -1));
			} else {
				Long size = item.getProperties() == null ? null : item.getProperties().getContentLength();
				entries.add(new Entry(name, location, false, size == null ? -1 : size));
			}
		}
		entries.sort(java.util.Comparator.comparing(Entry::name)); // Azurite lists a page's blobs before its folders
		String next = page.getContinuationToken();
		return new Page(entries, next == null || next.isEmpty() ? null : next);
	}
}
