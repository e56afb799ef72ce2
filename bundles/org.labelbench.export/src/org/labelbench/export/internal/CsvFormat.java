package org.labelbench.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportFormat;
import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;

/**
 * CSV for text projects: a header {@code item,text,labels}, then one row per labeled item: its item (the CSV record
 * number, or the file's path for a .txt item), the original text (for .txt items the file name) and its labels; the
 * labels of a multi-label item are joined with {@value #SEPARATOR}. RFC 4180 quoting, UTF-8.
 */
public final class CsvFormat implements ExportFormat {

	static final String SEPARATOR = "|";

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("item", "text", "labels").get().print(out)) {
			long[] rows = { 0 };
			context.forEachLabeled(item -> {
				List<String> labels = item.submission().getAnnotations().stream()
						.filter(a -> a instanceof ClassLabel).map(Annotation::getClassName).toList();
				long other = item.submission().getAnnotations().size() - labels.size();
				for (long i = 0; i < other; i++) {
					context.notExported("annotations other than class labels have no CSV form");
				}
				String text = item.text() != null ? item.text() : Path.of(item.location()).getFileName().toString();
				try {
					csv.printRecord(item.location(), text, String.join(SEPARATOR, labels));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				rows[0]++;
				context.wrote(1, labels.size());
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
