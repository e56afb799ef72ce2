package org.labelbench.example.point.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportFormat;
import org.labelbench.example.point.ImagePoint;
import org.labelbench.model.Annotation;
import org.labelbench.store.LabeledItem;

/**
 * Points as CSV: a header {@code source,width,height,class,x,y}, then one row per point in the image's pixel
 * coordinates; an image labeled without points gets one row with empty class and coordinates, so that "nothing here"
 * is exported too. Annotations that are not points have no place here and are counted as not exported.
 */
public final class PointsCsvFormat implements ExportFormat {

	static final String[] HEADER = { "source", "width", "height", "class", "x", "y" };

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
			context.forEachLabeled(item -> {
				try {
					write(context, item, csv);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void write(ExportContext context, LabeledItem item, CSVPrinter csv) throws IOException {
		String source = context.source(item.location());
		int[] size = item.width() > 0 ? new int[] { item.width(), item.height() }
				: context.imageSize(item.itemId(), item.location()).orElse(new int[] { 0, 0 });
		int points = 0;
		for (Annotation annotation : item.submission().getAnnotations()) {
			if (annotation instanceof ImagePoint point) {
				csv.printRecord(source, size[0], size[1], point.getClassName(), point.getX(), point.getY());
				points++;
			} else {
				context.notExported(annotation.eClass().getName() + " annotations have no place in a points CSV");
			}
		}
		if (points == 0) {
			csv.printRecord(source, size[0], size[1], "", "", "");
		}
		context.wrote(1, points);
	}
}
