package org.labelbench.core.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.core.Datastore.ItemSink;
import org.labelbench.store.InvalidInputException;

/**
 * Reads a CSV file as text items, one per data record (RFC 4180: quoted fields, embedded newlines), UTF-8 with or
 * without a byte-order mark. The item of a record is its 1-based number, the header not counted. A record without
 * text in the chosen column, or with bytes that are not UTF-8, becomes an error item. Public for
 * {@link org.labelbench.core.CsvItems} only (the package is internal).
 */
public final class CsvRows {

	private static final int REPORT_EVERY = 50_000;
	private static final char BOM = '\uFEFF';

	private CsvRows() {
	}

	/** @throws InvalidInputException when the file has no such column */
	static void checkColumn(Path file, String column) throws IOException {
		checkColumn(Files.newInputStream(file), file.toString(), column);
	}

	/** @param name what the CSV data is called in messages; the stream is closed */
	public static void checkColumn(InputStream in, String name, String column) throws IOException {
		try (CSVParser parser = parser(in)) {
			column(parser, name, column);
		}
	}

	/** @return the header and up to {@code rows} data records */
	static org.labelbench.core.Datasets.CsvPreview preview(Path file, int rows) throws IOException {
		try (CSVParser parser = parser(Files.newInputStream(file))) {
			List<List<String>> records = new java.util.ArrayList<>();
			for (CSVRecord record : parser) {
				if (records.size() >= rows) {
					break;
				}
				records.add(record.toList());
			}
			return new org.labelbench.core.Datasets.CsvPreview(List.copyOf(parser.getHeaderNames()), records);
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	static void read(Path file, String column, ItemSink sink, IProgressMonitor monitor) throws IOException {
		read(Files.newInputStream(file), file.toString(), column, sink, monitor);
	}

	/** @param name what the CSV data is called in messages; the stream is closed */
	public static void read(InputStream in, String name, String column, ItemSink sink, IProgressMonitor monitor)
			throws IOException {
		try (CSVParser parser = parser(in)) {
			int index = column(parser, name, column);
			long number = 0;
			for (CSVRecord record : parser) {
				String location = Long.toString(++number);
				String text = index < record.size() ? record.get(index) : null;
				if (text == null || text.isBlank()) {
					sink.error(location, "row " + number + " has no text in column '" + column + "'");
				} else if (text.indexOf('\uFFFD') >= 0) {
					sink.error(location, "row " + number + " is not valid UTF-8");
				} else {
					sink.textItem(location, text);
				}
				if (number % REPORT_EVERY == 0) {
					if (monitor.isCanceled()) {
						throw new OperationCanceledException();
					}
					monitor.subTask(number + " rows");
				}
			}
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static CSVParser parser(InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE);
		Reader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
		reader.mark(1);
		if (reader.read() != BOM) {
			reader.reset();
		}
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
				.setIgnoreEmptyLines(false).get().parse(reader);
	}

	private static int column(CSVParser parser, String name, String column) {
		List<String> names = parser.getHeaderNames();
		int index = names.indexOf(column);
		if (index < 0) {
			throw new InvalidInputException("CSV file " + name + " has no column '" + column + "' (columns: "
					+ String.join(", ", names) + ")");
		}
		return index;
	}
}
