package org.labelbench.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.model.DataKind;
import org.labelbench.model.DataSource;
import org.labelbench.model.Dataset;

/**
 * A place where items are kept: a local folder, an Azure Blob container. Core reads data, and writes exports into a
 * datastore, only through this interface. Datastores are contributed as OSGi services; the local folder datastore is
 * built in.
 */
public interface Datastore {

	/** Receives what a scan finds, in name order. */
	interface ItemSink {
		/** an item to label */
		void item(String location);

		/** a text item read from a CSV row */
		void textItem(String location, String text);

		/** an entry that cannot be labeled, with the reason */
		void error(String location, String reason);
	}

	/**
	 * A place a user can browse: a registered container, the files of this computer.
	 *
	 * @param name the name a user gives it by ({@code datastore browse NAME})
	 * @param description what it is, for people
	 * @param location the data location of its top folder, ending with '/'
	 */
	record Root(String name, String description, String location) {
	}

	/**
	 * A folder or a file directly in a browsed folder.
	 *
	 * @param name its name in the folder; a folder's ends with '/'
	 * @param location its data location; a folder's ends with '/', and {@code location + "**"} takes everything below
	 * @param folder whether it is a (virtual) folder
	 * @param size its size in bytes, or -1 for a folder
	 */
	record Entry(String name, String location, boolean folder, long size) {
	}

	/**
	 * Entries of a folder, folders and files together, in name order within the page.
	 *
	 * @param continuation where the next page starts, for {@link Datastore#browse}; null after the last page
	 */
	record Page(List<Entry> entries, String continuation) {
	}

	/**
	 * Turns a data location as a user writes it (for example {@code azure://store/images/**}) into a data source.
	 *
	 * @return empty when the location is not one of this datastore's
	 * @throws org.labelbench.store.InvalidInputException when it is, but is malformed or names nothing registered
	 */
	Optional<DataSource> dataSource(String location);

	/** @return whether this datastore reads the dataset's data source */
	boolean handles(Dataset dataset);

	/**
	 * Checks that the data source can be read, before a project is created on it.
	 *
	 * @throws org.labelbench.store.InvalidInputException naming the source and saying what is wrong
	 */
	void check(Dataset dataset, DataKind kind);

	/**
	 * Lists the items of a data source for a kind of data, streaming, in name order: by extension
	 * ({@link ItemFiles}), without opening the items. Unreadable entries are reported to the sink as errors; the scan
	 * goes on.
	 *
	 * @throws IOException when the source itself cannot be read
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
	 */
	void scan(Dataset dataset, DataKind kind, ItemSink sink, IProgressMonitor monitor) throws IOException;

	/** @return the content of an item found by {@link #scan} */
	InputStream open(Dataset dataset, String location) throws IOException;

	/** @return where a user finds an item: an absolute path, or a URL */
	String address(Dataset dataset, String location);

	/** @return whether a data location names a single CSV file (each data record an item) rather than a folder */
	default boolean tabular(DataSource source) {
		return false;
	}

	/** @return the places of this kind a user can browse, in name order; none by default */
	default List<Root> roots() {
		return List.of();
	}

	/** @return whether {@link #browse} reads this folder location (one that a {@link Root} or an {@link Entry} gave) */
	default boolean browses(String folder) {
		return false;
	}

	/**
	 * Lists one page of what is directly in a folder (virtual folders too: an Azure container lists by the '/' in
	 * blob names), never more than {@code max} entries in memory.
	 *
	 * @param folder a folder location from a {@link Root} or an {@link Entry}
	 * @param continuation null for the first page, else the one the previous page returned
	 * @throws org.labelbench.store.InvalidInputException when the folder names nothing registered or is malformed
	 * @throws IOException when the datastore cannot be read
	 */
	default Page browse(String folder, String continuation, int max) throws IOException {
		throw new UnsupportedOperationException(getClass().getName() + " cannot be browsed");
	}

	/** @return whether exports can be written to this destination (for example {@code azure://store}) */
	default boolean writes(String destination) {
		return false;
	}

	/**
	 * Uploads the items of a local folder (the files whose extension fits the data kind, searched recursively) to a
	 * destination this datastore {@link #writes}, several at a time. Running it again after a cancellation or a failure
	 * resumes it: what is already there is not uploaded again.
	 *
	 * @param defaultPath the folder the files go into when the destination names no path of its own
	 * @return the data location of the uploaded items, for {@link #dataSource}
	 * @throws IOException naming the files that failed and why
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
	 */
	default String upload(Path folder, DataKind kind, String destination, String defaultPath, IProgressMonitor monitor)
			throws IOException {
		throw new UnsupportedOperationException(getClass().getName() + " does not take uploads");
	}

	/**
	 * Stores a finished export (a file, or a directory's files) at a destination this datastore {@link #writes}.
	 *
	 * @param defaultPath where the export goes when the destination names no path of its own
	 * @return the address of what was written
	 * @throws IOException when storing fails; nothing half-written stays under the final name
	 */
	default String write(String destination, String defaultPath, Path export, IProgressMonitor monitor)
			throws IOException {
		throw new UnsupportedOperationException(getClass().getName() + " does not store exports");
	}
}
