package org.labelbench.datastore.azure.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlobDownloadToFileOptions;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.CsvItems;
import org.labelbench.core.Datastore;
import org.labelbench.core.UserConfig;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastores;
import org.labelbench.model.AzureBlobSource;
import org.labelbench.model.DataKind;
import org.labelbench.model.DataSource;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Component;

/**
 * Azure Blob containers as datastores: data locations {@code azure://DATASTORE/path/**}, items read on demand
 * through a bounded local cache ({@code -Dlabelbench.blobCacheMiB}, 512 by default), exports written into the
 * container. Also the registry of the user's datastores.
 */
@Component(service = { Datastore.class, AzureDatastores.class, AzureBlobDatastore.class })
public final class AzureBlobDatastore implements Datastore, AzureDatastores {

	private final SecureDatastoreRegistry registry = new SecureDatastoreRegistry();
	private final Map<String, BlobContainerClient> clients = new ConcurrentHashMap<>();
	private final BlobCache cache = new BlobCache(blobCacheFolder(),
			Long.getLong("labelbench.blobCacheMiB", 512) * 1024 * 1024);

	/** @return the folder for blobs read while labeling: {@code -Dlabelbench.blobCache=DIR}, else the user's cache */
	private static Path blobCacheFolder() {
		String configured = System.getProperty("labelbench.blobCache");
		return configured != null && !configured.isBlank() ? Path.of(configured)
				: UserConfig.cacheDirectory().resolve("blobs");
	}

	// --- the registry

	@Override
	public AzureDatastore add(AzureDatastore datastore, String secret) {
		if (registry.exists(datastore.name())) {
			throw new InvalidInputException("datastore '" + datastore.name() + "' is registered already");
		}
		check(datastore, secret);
		registry.put(datastore, secret.strip());
		clients.remove(datastore.name());
		return datastore;
	}

	@Override
	public void check(AzureDatastore datastore, String secret) {
		if (secret == null || secret.isBlank()) {
			throw new InvalidInputException("datastore '" + datastore.name() + "' needs its " + datastore.credential().id());
		}
		BlobContainerClient container;
		try {
			container = BlobClients.container(datastore, secret.strip());
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException("datastore '" + datastore.name() + "': the " + datastore.credential().id()
					+ " is not valid: " + e.getMessage());
		}
		listOne(datastore, container);
	}

	@Override
	public void check(String name) {
		AzureDatastore datastore = get(name);
		listOne(datastore, container(datastore));
	}

	/** Lists one blob: the credentials work, the container exists, listing is allowed. */
	private static void listOne(AzureDatastore datastore, BlobContainerClient container) {
		try {
			container.listBlobs(new ListBlobsOptions().setMaxResultsPerPage(1), null).iterableByPage(1).iterator().next();
		} catch (RuntimeException e) {
			throw AzureErrors.of(datastore, null, e);
		}
	}

	@Override
	public List<AzureDatastore> list() {
		return registry.list();
	}

	@Override
	public Optional<AzureDatastore> find(String name) {
		return registry.find(name);
	}

	@Override
	public AzureDatastore get(String name) {
		return find(name).orElseThrow(() -> new InvalidInputException("datastore '" + name + "' is not registered "
				+ "(datastore add " + name + " ...)"));
	}

	@Override
	public void remove(String name) {
		get(name);
		registry.remove(name);
		clients.remove(name);
	}

	private BlobContainerClient container(AzureDatastore datastore) {
		return clients.computeIfAbsent(datastore.name(),
				name -> BlobClients.container(datastore, registry.secret(name)));
	}

	// --- the datastore

	@Override
	public Optional<DataSource> dataSource(String location) {
		if (!location.startsWith(BlobLocation.SCHEME)) {
			return Optional.empty();
		}
		BlobLocation parsed = BlobLocation.parse(location);
		AzureDatastore datastore = get(parsed.datastore());
		AzureBlobSource source = LabelbenchFactory.eINSTANCE.createAzureBlobSource();
		source.setDatastore(datastore.name());
		source.setContainer(datastore.container());
		source.setPathPattern(parsed.pattern());
		return Optional.of(source);
	}

	@Override
	public boolean handles(Dataset dataset) {
		return dataset.getDataSource() instanceof AzureBlobSource;
	}

	@Override
	public boolean tabular(DataSource source) {
		return source instanceof AzureBlobSource blobs && blobs.getPathPattern() != null
				&& BlobLocation.of(blobs.getDatastore(), blobs.getPathPattern()).csv();
	}

	@Override
	public void check(Dataset dataset, DataKind kind) {
		AzureDatastore datastore = datastore(dataset);
		if (dataset.getKind() == DatasetKind.TABULAR) {
			checkCsv(dataset, kind, datastore);
			return;
		}
		try {
			container(datastore).listBlobs(new ListBlobsOptions().setPrefix(location(dataset).prefix())
					.setMaxResultsPerPage(1), null).iterableByPage(1).iterator().next();
		} catch (RuntimeException e) {
			throw AzureErrors.of(datastore, null, e);
		}
	}

	private void checkCsv(Dataset dataset, DataKind kind, AzureDatastore datastore) {
		String blob = location(dataset).pattern();
		if (kind != DataKind.TEXT) {
			throw new InvalidInputException("a CSV blob holds text items; image projects need a folder of images: "
					+ "azure://" + datastore.name() + "/path/**");
		}
		if (dataset.getTextColumn() == null || dataset.getTextColumn().isBlank()) {
			throw new InvalidInputException("CSV blob '" + blob + "' needs the column that holds the text: "
					+ "--text-column NAME");
		}
		boolean exists;
		try {
			exists = container(datastore).getBlobClient(blob).exists();
		} catch (RuntimeException e) {
			throw AzureErrors.of(datastore, blob, e);
		}
		if (!exists) {
			throw new InvalidInputException("datastore '" + datastore.name() + "' has no CSV blob '" + blob + "'");
		}
		try {
			CsvItems.checkColumn(Files.newInputStream(cached(datastore, blob)), csvName(datastore, blob),
					dataset.getTextColumn());
		} catch (IOException e) {
			throw new UncheckedIOException(e.getMessage(), e);
		}
	}

	@Override
	public void scan(Dataset dataset, DataKind kind, ItemSink sink, IProgressMonitor monitor) throws IOException {
		AzureDatastore datastore = datastore(dataset);
		if (dataset.getKind() == DatasetKind.TABULAR) { // one item per record, as a local CSV file
			String blob = location(dataset).pattern();
			CsvItems.read(Files.newInputStream(cached(datastore, blob)), csvName(datastore, blob),
					dataset.getTextColumn(), sink, monitor);
			return;
		}
		try {
			new BlobListing(location(dataset), kind, sink, monitor).run(container(datastore));
		} catch (InvalidInputException | org.eclipse.core.runtime.OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			throw AzureErrors.io(datastore, null, e);
		}
	}

	@Override
	public InputStream open(Dataset dataset, String location) throws IOException {
		String problem = BlobListing.problem(location, null);
		if (problem != null) {
			throw new IOException("blob '" + location + "': " + problem);
		}
		return Files.newInputStream(cached(datastore(dataset), location));
	}

	/** @return the blob in the local cache: downloaded when it is not there or has changed in the container */
	private Path cached(AzureDatastore datastore, String blob) throws IOException {
		BlobContainerClient container = container(datastore);
		return cache.get(datastore.name(), datastore.container(), blob, (target, etag) -> {
			BlobDownloadToFileOptions options = new BlobDownloadToFileOptions(target.toString()).setOpenOptions(
					Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
							StandardOpenOption.READ));
			if (etag != null) {
				options.setRequestConditions(new BlobRequestConditions().setIfNoneMatch(etag));
			}
			try {
				return container.getBlobClient(blob).downloadToFileWithResponse(options, null, Context.NONE).getValue()
						.getETag();
			} catch (BlobStorageException e) {
				if (etag != null && e.getStatusCode() == 304) {
					return null; // not modified: the cached copy is current
				}
				throw AzureErrors.io(datastore, blob, e);
			} catch (RuntimeException e) {
				throw AzureErrors.io(datastore, blob, e);
			}
		});
	}

	private String csvName(AzureDatastore datastore, String blob) {
		return BlobLocation.SCHEME + datastore.name() + "/" + blob;
	}

	// --- browsing

	@Override
	public List<Root> roots() {
		return list().stream().map(d -> new Root(d.name(), "Azure Blob container " + d.container() + " of account "
				+ d.account(), BlobLocation.SCHEME + d.name() + "/")).toList();
	}

	@Override
	public boolean browses(String folder) {
		return folder.startsWith(BlobLocation.SCHEME);
	}

	@Override
	public Page browse(String folder, String continuation, int max) throws IOException {
		BlobLocation location = BlobLocation.parse(folder);
		if (location.glob() != null) {
			throw new InvalidInputException("folder '" + folder + "' cannot have wildcards");
		}
		AzureDatastore datastore = get(location.datastore());
		try {
			return new BlobFolders(container(datastore), datastore.name()).page(location.prefix(), continuation, max);
		} catch (RuntimeException e) {
			RuntimeException translated = AzureErrors.of(datastore, null, e);
			if (translated instanceof UncheckedIOException unchecked) {
				throw unchecked.getCause();
			}
			throw translated;
		}
	}

	@Override
	public String address(Dataset dataset, String location) {
		return BlobExport.url(container(datastore(dataset)), location);
	}

	@Override
	public boolean writes(String destination) {
		return destination.startsWith(BlobLocation.SCHEME);
	}

	@Override
	public String write(String destination, String defaultPath, Path export, IProgressMonitor monitor)
			throws IOException {
		BlobLocation target = BlobLocation.parse(destination);
		if (target.glob() != null) {
			throw new InvalidInputException("export destination '" + destination + "' cannot have wildcards");
		}
		AzureDatastore datastore = get(target.datastore());
		try {
			return new BlobExport(container(datastore), datastore).write(target.pattern(), defaultPath, export, monitor);
		} catch (InvalidInputException e) {
			throw e;
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} catch (RuntimeException e) {
			throw AzureErrors.io(datastore, null, e);
		}
	}

	@Override
	public String upload(Path folder, DataKind kind, String destination, String defaultPath, IProgressMonitor monitor)
			throws IOException {
		BlobLocation target = BlobLocation.parse(destination);
		if (target.glob() != null) {
			throw new InvalidInputException("upload destination '" + destination + "' cannot have wildcards");
		}
		String prefix = target.pattern().isEmpty() ? defaultPath : target.prefix();
		AzureDatastore datastore = get(target.datastore());
		BlobUpload.Result result = new BlobUpload(container(datastore), datastore).run(folder, kind, prefix, monitor);
		ILog.of(getClass()).info("Uploaded " + result.uploaded() + " files (" + result.bytes() + " bytes) to datastore "
				+ datastore.name() + ", " + result.skipped() + " were there already");
		return BlobLocation.SCHEME + datastore.name() + "/" + prefix + "**";
	}

	/** @return the container of a registered datastore, for benchmarks */
	BlobContainerClient container(String name) {
		return container(get(name));
	}

	private AzureDatastore datastore(Dataset dataset) {
		return get(((AzureBlobSource) dataset.getDataSource()).getDatastore());
	}

	private static BlobLocation location(Dataset dataset) {
		AzureBlobSource source = (AzureBlobSource) dataset.getDataSource();
		return BlobLocation.of(source.getDatastore(), source.getPathPattern() == null ? "" : source.getPathPattern());
	}

	/** @return bytes in the local blob cache, for tests and benchmarks */
	long cachedBytes() {
		return cache.bytes();
	}
}
