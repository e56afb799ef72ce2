package org.labelbench.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * The labeled-dataset manifest: JSON Lines, one object per labeled item, the shape a training script reads line by
 * line: {@code item}, {@code source} (absolute path or URL), {@code labels}, {@code boxes}, {@code polygons},
 * {@code text} (text items), {@code labeler}, {@code submittedAt}, {@code origin}.
 */
public final class ManifestFormat implements ExportFormat {

	private static final JsonFactory JSON = new JsonFactory();

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		try (OutputStream out = Files.newOutputStream(target);
				JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
			json.setRootValueSeparator(null);
			context.forEachLabeled(item -> {
				try {
					line(json, context, item);
					json.writeRaw('\n');
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void line(JsonGenerator json, ExportContext context, LabeledItem item) throws IOException {
		long annotations = 0;
		json.writeStartObject();
		json.writeStringField("item", item.location());
		json.writeStringField("source", context.source(item.location()));
		if (item.text() != null) {
			json.writeStringField("text", item.text());
		}
		json.writeArrayFieldStart("labels");
		for (Annotation a : item.submission().getAnnotations()) {
			if (a instanceof ClassLabel) {
				json.writeString(a.getClassName());
				annotations++;
			}
		}
		json.writeEndArray();
		json.writeArrayFieldStart("boxes");
		for (Annotation a : item.submission().getAnnotations()) {
			if (a instanceof BoundingBox box) {
				json.writeStartObject();
				json.writeStringField("class", box.getClassName());
				json.writeNumberField("x", box.getX());
				json.writeNumberField("y", box.getY());
				json.writeNumberField("width", box.getWidth());
				json.writeNumberField("height", box.getHeight());
				json.writeEndObject();
				annotations++;
			}
		}
		json.writeEndArray();
		json.writeArrayFieldStart("polygons");
		for (Annotation a : item.submission().getAnnotations()) {
			if (a instanceof Polygon polygon) {
				json.writeStartObject();
				json.writeStringField("class", polygon.getClassName());
				json.writeArrayFieldStart("points");
				for (Point p : polygon.getPoints()) {
					json.writeStartArray();
					json.writeNumber(p.getX());
					json.writeNumber(p.getY());
					json.writeEndArray();
				}
				json.writeEndArray();
				json.writeEndObject();
				annotations++;
			}
		}
		json.writeEndArray();
		json.writeStringField("labeler", item.submission().getLabeler());
		json.writeStringField("submittedAt", item.submission().getSubmittedAt() == null ? null
				: item.submission().getSubmittedAt().toInstant().toString());
		json.writeStringField("origin", item.source().getLiteral());
		json.writeEndObject();
		long other = item.submission().getAnnotations().size() - annotations;
		for (long i = 0; i < other; i++) {
			context.notExported("annotations of a kind the manifest has no field for");
		}
		context.wrote(1, annotations);
	}
}
