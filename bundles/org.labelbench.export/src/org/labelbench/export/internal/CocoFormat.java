package org.labelbench.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportFormat;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.store.LabeledItem;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * COCO for image projects, streamed: {@code images} are written as the labeled items are read, {@code annotations}
 * go to a side file appended at the end, so that no list is held in memory whatever the project's size. Image ids are
 * item ids; category ids are the class order plus one; annotation ids count from 1.
 */
public final class CocoFormat implements ExportFormat {

	private static final JsonFactory JSON = new JsonFactory();

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		Categories categories = new Categories(context.project());
		Path annotationsFile = Files.createTempFile(target.getParent(), ".coco-annotations", ".part");
		try (OutputStream out = Files.newOutputStream(target);
				JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
				JsonGenerator annotations = JSON.createGenerator(Files.newOutputStream(annotationsFile),
						JsonEncoding.UTF8)) {
			json.writeStartObject();
			header(json, context, categories);
			json.writeArrayFieldStart("images");
			annotations.writeStartArray();
			Writer writer = new Writer(context, categories, json, annotations);
			context.forEachLabeled(writer::labeled);
			if (context.allItems()) {
				context.forEachItem(item -> {
					if (!writer.written.get(Math.toIntExact(item.id()))) {
						writer.image(item.id(), item.location());
					}
				});
			}
			json.writeEndArray();
			annotations.writeEndArray();
			annotations.flush();
			annotations.close();
			// the annotations array is copied byte for byte behind its field name, never held in memory
			json.writeFieldName("annotations");
			json.writeRawValue("");
			json.flush();
			Files.copy(annotationsFile, out);
			json.writeEndObject();
			context.wrote(writer.images, writer.annotationCount);
		} catch (UncheckedIOException e) {
			throw e.getCause();
		} finally {
			Files.deleteIfExists(annotationsFile);
		}
	}

	private static void header(JsonGenerator json, ExportContext context, Categories categories) throws IOException {
		Instant now = Instant.now();
		json.writeObjectFieldStart("info");
		json.writeStringField("description", "Labelbench export of project " + context.project().getName());
		json.writeStringField("version", "1.0");
		json.writeNumberField("year", now.atZone(ZoneOffset.UTC).getYear());
		json.writeStringField("contributor", "Labelbench");
		json.writeStringField("date_created", now.toString());
		json.writeEndObject();
		json.writeArrayFieldStart("licenses");
		json.writeEndArray();
		json.writeArrayFieldStart("categories");
		for (var category : categories.ids().entrySet()) {
			json.writeStartObject();
			json.writeNumberField("id", category.getValue());
			json.writeStringField("name", category.getKey());
			json.writeStringField("supercategory", "");
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/** Writes images and their annotations as the snapshot streams by. */
	private static final class Writer {
		final ExportContext context;
		final Categories categories;
		final JsonGenerator json;
		final JsonGenerator annotations;
		final java.util.BitSet written = new java.util.BitSet();
		long images;
		long annotationCount;

		Writer(ExportContext context, Categories categories, JsonGenerator json, JsonGenerator annotations) {
			this.context = context;
			this.categories = categories;
			this.json = json;
			this.annotations = annotations;
		}

		void labeled(LabeledItem item) {
			try {
				if (!written.get(Math.toIntExact(item.itemId()))) {
					writeImage(item.itemId(), item.location(), item.width() > 0
							? new int[] { item.width(), item.height() }
							: context.imageSize(item.itemId(), item.location()).orElse(null));
				}
				for (Annotation annotation : item.submission().getAnnotations()) {
					annotation(item.itemId(), annotation);
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void image(long id, String location) {
			try {
				writeImage(id, location, context.imageSize(id, location).orElse(null));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private void writeImage(long id, String location, int[] size) throws IOException {
			written.set(Math.toIntExact(id));
			images++;
			json.writeStartObject();
			json.writeNumberField("id", id);
			json.writeStringField("file_name", location);
			if (size == null) {
				context.notExported("image size unknown (width and height written as 0)");
			}
			json.writeNumberField("width", size == null ? 0 : size[0]);
			json.writeNumberField("height", size == null ? 0 : size[1]);
			json.writeEndObject();
		}

		private void annotation(long imageId, Annotation annotation) throws IOException {
			Integer category = categories.id(annotation.getClassName());
			if (category == null) {
				context.notExported("annotation of class '" + annotation.getClassName() + "', which the project no longer has");
				return;
			}
			if (!(annotation instanceof ClassLabel || annotation instanceof BoundingBox || annotation instanceof Polygon)) {
				context.notExported(annotation.eClass().getName() + " annotations have no COCO form");
				return;
			}
			annotations.writeStartObject();
			annotations.writeNumberField("id", ++annotationCount);
			annotations.writeNumberField("image_id", imageId);
			annotations.writeNumberField("category_id", category);
			if (annotation instanceof BoundingBox box) {
				bbox(box.getX(), box.getY(), box.getWidth(), box.getHeight());
				annotations.writeNumberField("area", box.area());
				annotations.writeNumberField("iscrowd", 0);
			} else if (annotation instanceof Polygon polygon) {
				annotations.writeArrayFieldStart("segmentation");
				annotations.writeStartArray();
				for (Point p : polygon.getPoints()) {
					annotations.writeNumber(p.getX());
					annotations.writeNumber(p.getY());
				}
				annotations.writeEndArray();
				annotations.writeEndArray();
				double[] bounds = Geometry.bounds(polygon);
				bbox(bounds[0], bounds[1], bounds[2], bounds[3]);
				annotations.writeNumberField("area", polygon.area());
				annotations.writeNumberField("iscrowd", 0);
			}
			annotations.writeEndObject();
		}

		private void bbox(double x, double y, double w, double h) throws IOException {
			annotations.writeArrayFieldStart("bbox");
			annotations.writeNumber(x);
			annotations.writeNumber(y);
			annotations.writeNumber(w);
			annotations.writeNumber(h);
			annotations.writeEndArray();
		}
	}
}
