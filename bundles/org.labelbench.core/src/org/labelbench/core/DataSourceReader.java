package org.labelbench.core;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.model.DataKind;
import org.labelbench.model.Dataset;

/**
 * Reads one kind of data source (a local folder; an Azure Blob container): lists its items and opens them. Contributed
 * as OSGi services; the local folder reader is built in.
 */
public interface DataSourceReader {

	/** Receives what a scan finds, in path order. */
	interface ItemSink {
		/** an item to label */
		void item(String location);

		/** a text item read from a CSV row */
		void textItem(String location, String text);

		/** an entry that cannot be labeled, with the reason */
		void error(String location, String reason);
	}

	/** @return whether this reader reads the dataset's data source */
	boolean handles(Dataset dataset);

	/**
	 * Checks that the data source can be read, before a project is created on it.
	 *
	 * @throws org.labelbench.store.InvalidInputException naming the source and saying what is wrong
	 */
	void check(Dataset dataset, DataKind kind);

	/**
	 * Lists the items of a data source for a kind of data, streaming, in path order: by extension, without opening
	 * image files. Unreadable entries are reported to the sink as errors; the scan goes on.
	 *
	 * @throws IOException when the source itself cannot be read
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
	 */
	void scan(Dataset dataset, DataKind kind, ItemSink sink, IProgressMonitor monitor) throws IOException;

	/** @return the content of an item found by {@link #scan} */
	InputStream open(Dataset dataset, String location) throws IOException;
}
