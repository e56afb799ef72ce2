package org.labelbench.cli.internal.labeling;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.labelbench.model.Annotation;
import org.labelbench.store.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Labels read as JSON Lines in the shape of the labeled-dataset manifest ({@code export --format manifest}): one
 * object a line with {@code item} and any of {@code labels} (class names), {@code boxes} ({@code class, x, y, width,
 * height}) and {@code polygons} ({@code class, points [[x,y],...]}); other fields are ignored, so an exported manifest
 * reads back as it is.
 */
final class ManifestLabels {

	/** One line's labels. */
	record Line(int number, String item, List<Annotation> annotations) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final BufferedReader in;
	private int number;

	ManifestLabels(BufferedReader in) {
		this.in = in;
	}

	/**
	 * @return the next line's labels, null at the end; blank lines are skipped
	 * @throws InvalidInputException naming the line when it is no labels object; the next call reads the next line
	 */
	Line next() throws IOException {
		String text;
		do {
			text = in.readLine();
			if (text == null) {
				return null;
			}
			number++;
		} while (text.isBlank());
		JsonNode line;
		try {
			line = JSON.readTree(text);
		} catch (JsonProcessingException e) {
			throw new InvalidInputException("line " + number + " is not JSON: " + e.getOriginalMessage());
		}
		if (!line.isObject() || !line.path("item").isTextual()) {
			throw new InvalidInputException("line " + number + " has no \"item\"");
		}
		try {
			return new Line(number, line.get("item").asText(), annotations(line));
		} catch (InvalidInputException e) {
			throw new InvalidInputException("line " + number + ": " + e.getMessage());
		}
	}

	private List<Annotation> annotations(JsonNode line) {
		List<String> classes = new ArrayList<>();
		line.path("labels").forEach(label -> classes.add(label.asText()));
		List<String> boxes = new ArrayList<>();
		for (JsonNode box : line.path("boxes")) {
			boxes.add(String.join(",", number(box, "x"), number(box, "y"), number(box, "width"),
					number(box, "height"), box.path("class").asText()));
		}
		List<String> polygons = new ArrayList<>();
		for (JsonNode polygon : line.path("polygons")) {
			StringBuilder value = new StringBuilder();
			for (JsonNode point : polygon.path("points")) {
				value.append(point.path(0).asText()).append(',').append(point.path(1).asText()).append(',');
			}
			polygons.add(value.append(polygon.path("class").asText()).toString());
		}
		return AnnotationArguments.parse(classes, boxes, polygons);
	}

	private String number(JsonNode box, String field) {
		JsonNode value = box.get(field);
		if (value == null || !value.isNumber()) {
			throw new InvalidInputException("a box's \"" + field + "\" is no number: " + box);
		}
		return value.asText();
	}

	/** @return the JSON of one saved line, as {@code --json} prints it */
	static Map<String, Object> saved(String item) {
		return Map.of("saved", item);
	}
}
