package org.labelbench.core;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.Datastore.ItemSink;

/**
 * Reads CSV data as text items the way a local CSV file is read, for datastores that keep CSV files elsewhere: one
 * item per data record (RFC 4180, UTF-8 with or without a byte-order mark), the item being the record's 1-based
 * number; a record without text or not valid UTF-8 becomes an item error.
 */
public final class CsvItems {

	private CsvItems() {
	}

	/**
	 * @param name what the CSV data is called in messages (a blob's address, say); the stream is closed
	 * @throws org.labelbench.store.InvalidInputException when the header has no such column
	 */
	public static void checkColumn(InputStream csv, String name, String column) throws IOException {
		org.labelbench.core.internal.CsvRows.checkColumn(csv, name, column);
	}

	/**
	 * @param name what the CSV data is called in messages; the stream is closed
	 * @throws org.labelbench.store.InvalidInputException when the header has no such column
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
	 */
	public static void read(InputStream csv, String name, String column, ItemSink sink, IProgressMonitor monitor)
			throws IOException {
		org.labelbench.core.internal.CsvRows.read(csv, name, column, sink, monitor);
	}
}
