package org.labelbench.export.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportFormat;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelClass;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.store.LabeledItem;

/**
 * YOLO: {@code classes.txt} (one class a line; the line number from 0 is the class index) and one text file per
 * labeled image under {@code labels/}, at the image's path with {@code .txt}. A box is {@code class cx cy w h}, a
 * polygon (YOLO segmentation) {@code class x1 y1 x2 y2 ...}, all normalized by the image size. Images whose size is
 * unknown and image-level classes cannot be written and are counted.
 */
public final class YoloFormat implements ExportFormat {

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		Categories categories = new Categories(context.project());
		try (BufferedWriter classes = Files.newBufferedWriter(target.resolve("classes.txt"), StandardCharsets.UTF_8)) {
			for (LabelClass labelClass : context.project().getLabelClasses()) {
				classes.write(labelClass.getName());
				classes.write('\n');
			}
		}
		Path labels = Files.createDirectories(target.resolve("labels"));
		try {
			context.forEachLabeled(item -> {
				try {
					image(context, categories, labels, item);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void image(ExportContext context, Categories categories, Path folder, LabeledItem item)
			throws IOException {
		Path file = PerImageFiles.file(folder, item.location(), ".txt");
		if (file == null) {
			context.notExported("item path outside the export folder");
			return;
		}
		int[] size = item.width() > 0 ? new int[] { item.width(), item.height() }
				: context.imageSize(item.itemId(), item.location()).orElse(null);
		if (size == null || size[0] == 0 || size[1] == 0) {
			context.notExported("image size unknown, so YOLO's normalized coordinates cannot be written");
			return;
		}
		Files.createDirectories(file.getParent());
		long written = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (Annotation annotation : item.submission().getAnnotations()) {
				Integer id = categories.id(annotation.getClassName());
				if (id == null) {
					context.notExported("annotation of class '" + annotation.getClassName() + "', which the project no longer has");
				} else if (annotation instanceof BoundingBox box) {
					out.write(String.format(Locale.ROOT, "%d %.6f %.6f %.6f %.6f%n", id - 1,
							(box.getX() + box.getWidth() / 2) / size[0], (box.getY() + box.getHeight() / 2) / size[1],
							box.getWidth() / size[0], box.getHeight() / size[1]));
					written++;
				} else if (annotation instanceof Polygon polygon) {
					StringBuilder line = new StringBuilder(Integer.toString(id - 1));
					for (Point p : polygon.getPoints()) {
						line.append(String.format(Locale.ROOT, " %.6f %.6f", p.getX() / size[0], p.getY() / size[1]));
					}
					out.write(line.append('\n').toString());
					written++;
				} else {
					context.notExported(annotation.eClass().getName() + " annotations have no YOLO form");
				}
			}
		}
		context.wrote(1, written);
	}
}
