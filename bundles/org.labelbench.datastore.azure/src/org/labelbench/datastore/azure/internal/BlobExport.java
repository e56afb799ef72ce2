package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.store.InvalidInputException;

/**
 * Uploads a finished export into a container. A blob upload is committed as a whole, so a reader sees the old blob
 * or the new one, never a part; a directory export is uploaded file by file.
 */
final class BlobExport {

	private final BlobContainerClient container;
	private final AzureDatastore datastore;

	BlobExport(BlobContainerClient container, AzureDatastore datastore) {
		this.container = container;
		this.datastore = datastore;
	}

	/**
	 * @param path the destination's path: "" for the default, a folder ending with '/', or a blob name
	 * @return the URL of the blob, or of the folder for a directory export
	 */
	String write(String path, String defaultPath, Path export, IProgressMonitor monitor) throws IOException {
		if (Files.isDirectory(export)) {
			String folder = path.isEmpty() ? defaultPath : path.endsWith("/") ? path : path + "/";
			List<Path> files;
			try (var walk = Files.walk(export)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path file : files) {
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
				upload(folder + export.relativize(file).toString().replace('\\', '/'), file);
			}
			return container.getBlobContainerUrl() + "/" + folder;
		}
		String name = path.isEmpty() ? defaultPath : path.endsWith("/") ? path + export.getFileName() : path;
		upload(name, export);
		return url(container, name);
	}

	/** @return a blob's URL as users read it: each path segment encoded, the slashes kept (the SDK encodes them) */
	static String url(BlobContainerClient container, String name) {
		StringBuilder url = new StringBuilder(container.getBlobContainerUrl());
		for (String segment : name.split("/", -1)) {
			url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return url.toString();
	}

	private void upload(String name, Path file) {
		String problem = BlobListing.problem(name, null);
		if (problem != null) {
			throw new InvalidInputException("datastore '" + datastore.name() + "', export blob '" + name + "': " + problem);
		}
		BlobClient blob = container.getBlobClient(name);
		blob.uploadFromFile(file.toString(), true);
	}
}
