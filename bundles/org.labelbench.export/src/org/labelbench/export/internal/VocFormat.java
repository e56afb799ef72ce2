package org.labelbench.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.core.ExportContext;
import org.labelbench.core.ExportFormat;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.store.LabeledItem;

/**
 * Pascal VOC: one XML file per labeled image under {@code Annotations/}, at the image's path with {@code .xml}.
 * Boxes become objects with {@code xmin ymin xmax ymax} in pixels (decimals kept). VOC holds boxes only: polygons and
 * image-level classes are counted in the summary, not dropped silently.
 */
public final class VocFormat implements ExportFormat {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	@Override
	public void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException {
		Path annotations = Files.createDirectories(target.resolve("Annotations"));
		try {
			context.forEachLabeled(item -> {
				try {
					image(context, annotations, item);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				} catch (XMLStreamException e) {
					throw new UncheckedIOException(new IOException(e));
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private static void image(ExportContext context, Path folder, LabeledItem item) throws IOException,
			XMLStreamException {
		Path file = PerImageFiles.file(folder, item.location(), ".xml");
		if (file == null) {
			context.notExported("item path outside the export folder");
			return;
		}
		int[] size = item.width() > 0 ? new int[] { item.width(), item.height() }
				: context.imageSize(item.itemId(), item.location()).orElse(new int[] { 0, 0 });
		if (size[0] == 0) {
			context.notExported("image size unknown (width and height written as 0)");
		}
		Files.createDirectories(file.getParent());
		long boxes = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("annotation");
			element(xml, "folder", Path.of(item.location()).getParent() == null ? ""
					: Path.of(item.location()).getParent().toString());
			element(xml, "filename", Path.of(item.location()).getFileName().toString());
			element(xml, "path", context.source(item.location()));
			xml.writeStartElement("size");
			element(xml, "width", Integer.toString(size[0]));
			element(xml, "height", Integer.toString(size[1]));
			element(xml, "depth", "3");
			xml.writeEndElement();
			element(xml, "segmented", "0");
			for (Annotation annotation : item.submission().getAnnotations()) {
				if (annotation instanceof BoundingBox box) {
					object(xml, box);
					boxes++;
				} else {
					context.notExported(annotation.eClass().getName() + " annotations have no Pascal VOC form");
				}
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		context.wrote(1, boxes);
	}

	private static void object(XMLStreamWriter xml, BoundingBox box) throws XMLStreamException {
		xml.writeStartElement("object");
		element(xml, "name", box.getClassName());
		element(xml, "pose", "Unspecified");
		element(xml, "truncated", "0");
		element(xml, "difficult", "0");
		xml.writeStartElement("bndbox");
		element(xml, "xmin", number(box.getX()));
		element(xml, "ymin", number(box.getY()));
		element(xml, "xmax", number(box.getX() + box.getWidth()));
		element(xml, "ymax", number(box.getY() + box.getHeight()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}
}
