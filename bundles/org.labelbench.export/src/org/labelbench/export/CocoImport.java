package org.labelbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.ItemState;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.PendingSubmission;
import org.labelbench.store.ProjectRecord;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Loads COCO annotations into a project: images are matched to items by {@code file_name} (the path relative to the
 * data folder), categories to classes by name. Every image's annotations become one submission, checked like a
 * labeler's; what cannot be matched or is invalid is counted by reason, and the rest is stored in one transaction.
 */
public final class CocoImport {

	private static final JsonFactory JSON = new JsonFactory();
	private static final LabelbenchFactory F = LabelbenchFactory.eINSTANCE;

	private record Image(String fileName, int width, int height) {
	}

	private final Workspace workspace;
	private final Map<String, Long> notImported = new TreeMap<>();

	public CocoImport(Workspace workspace) {
		this.workspace = workspace;
	}

	/**
	 * @param asPrelabels store the labels as defaults for labelers to review (the items stay in the queue), rather
	 *        than as submitted labels
	 * @throws InvalidInputException when the file is not COCO JSON
	 */
	public ImportResult run(String projectName, Path file, String labeler, boolean asPrelabels) throws IOException {
		workspace.access().require(org.labelbench.core.Permission.MANAGE, projectName, "import labels into");
		ProjectRecord record = workspace.projects().get(projectName);
		Project project = record.project();
		TaskType type = workspace.taskTypes().require(project.getTaskType());
		Map<Long, String> categories = new HashMap<>();
		Map<Long, Image> images = new HashMap<>();
		Map<Long, List<Annotation>> byImage = new LinkedHashMap<>();
		read(file, categories, images, byImage, type);
		List<PendingSubmission> pending = new ArrayList<>();
		long annotations = 0;
		for (Map.Entry<Long, List<Annotation>> entry : byImage.entrySet()) {
			Image image = images.get(entry.getKey());
			if (image == null) {
				count("annotation of an image id the file does not list");
				continue;
			}
			var item = workspace.store().items().findByLocation(record.id(), image.fileName());
			if (item.isEmpty() || item.get().state() == ItemState.ERROR) {
				count("image the project does not have (or cannot label)");
				continue;
			}
			PendingSubmission submission = submission(project, type, item.get(), image, entry.getValue(), labeler);
			if (submission != null) {
				pending.add(submission);
				annotations += submission.submission().getAnnotations().size();
			}
		}
		long stored = workspace.store().items().submitAll(record.id(), pending,
				asPrelabels ? SubmissionSource.PRELABEL : SubmissionSource.IMPORTED, asPrelabels);
		return new ImportResult(stored, annotations, Map.copyOf(notImported));
	}

	private PendingSubmission submission(Project project, TaskType type, ItemRecord item, Image image,
			List<Annotation> annotations, String labeler) {
		Submission submission = F.createSubmission();
		submission.setItemId(item.id());
		submission.setLabeler(labeler);
		submission.setSubmittedAt(new Date());
		List<String> classes = new ArrayList<>();
		for (Annotation annotation : annotations) {
			if (project.findLabelClass(annotation.getClassName()) == null) {
				count("annotation of category '" + annotation.getClassName() + "', which is not a class of the project");
			} else {
				submission.getAnnotations().add(annotation);
				classes.add(annotation.getClassName());
			}
		}
		List<String> problems = workspace.taskTypes().validator(type).validate(type, project, submission);
		if (!problems.isEmpty()) {
			count("image with invalid labels: " + problems.get(0).replaceFirst("^annotation \\d+ ", "an annotation "));
			return null;
		}
		return new PendingSubmission(submission, classes, image.width(), image.height());
	}

	private void count(String reason) {
		notImported.merge(reason, 1L, Long::sum);
	}

	/** Two passes: categories and images first, wherever they stand in the file, then the annotations. */
	private void read(Path file, Map<Long, String> categories, Map<Long, Image> images,
			Map<Long, List<Annotation>> byImage, TaskType type) throws IOException {
		try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
			forEachTopLevelArray(json, (name, parser) -> {
				if (name.equals("categories")) {
					Map<String, Object> c = object(parser);
					categories.put(number(c.get("id")), String.valueOf(c.get("name")));
				} else if (name.equals("images")) {
					Map<String, Object> i = object(parser);
					images.put(number(i.get("id")), new Image(String.valueOf(i.get("file_name")),
							(int) number(i.getOrDefault("width", 0L)), (int) number(i.getOrDefault("height", 0L))));
				} else {
					parser.skipChildren();
				}
			});
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new InvalidInputException(file + " is not COCO JSON: " + e.getOriginalMessage());
		}
		try (InputStream in = Files.newInputStream(file); JsonParser json = JSON.createParser(in)) {
			forEachTopLevelArray(json, (name, parser) -> {
				if (name.equals("annotations")) {
					Map<String, Object> a = object(parser);
					Annotation annotation = annotation(a, categories, type);
					if (annotation != null) {
						byImage.computeIfAbsent(number(a.get("image_id")), k -> new ArrayList<>()).add(annotation);
					}
				} else {
					parser.skipChildren();
				}
			});
		}
	}

	@SuppressWarnings("unchecked")
	private Annotation annotation(Map<String, Object> a, Map<Long, String> categories, TaskType type) {
		String className = categories.get(number(a.get("category_id")));
		if (className == null) {
			count("annotation with a category id the file does not list");
			return null;
		}
		Annotation annotation;
		switch (type.annotationKind()) {
			case "bounding-box" -> {
				List<Object> bbox = (List<Object>) a.get("bbox");
				if (bbox == null || bbox.size() != 4) {
					count("annotation without a bbox in a box project");
					return null;
				}
				BoundingBox box = F.createBoundingBox();
				box.setX(decimal(bbox.get(0)));
				box.setY(decimal(bbox.get(1)));
				box.setWidth(decimal(bbox.get(2)));
				box.setHeight(decimal(bbox.get(3)));
				annotation = box;
			}
			case "polygon" -> {
				if (!(a.get("segmentation") instanceof List<?> rings) || rings.isEmpty()
						|| !(rings.get(0) instanceof List<?> ring)) {
					count("annotation without a polygon segmentation (RLE masks are not read)");
					return null;
				}
				if (rings.size() > 1) {
					count("polygon parts beyond the first of a multi-part segmentation");
				}
				Polygon polygon = F.createPolygon();
				for (int i = 0; i + 1 < ring.size(); i += 2) {
					Point point = F.createPoint();
					point.setX(decimal(ring.get(i)));
					point.setY(decimal(ring.get(i + 1)));
					polygon.getPoints().add(point);
				}
				annotation = polygon;
			}
			default -> annotation = F.createClassLabel();
		}
		annotation.setClassName(className);
		return annotation;
	}

	@FunctionalInterface
	private interface ElementHandler {
		void element(String array, JsonParser parser) throws IOException;
	}

	/** Calls the handler at the start of each element of each top-level array, the parser on its first token. */
	private static void forEachTopLevelArray(JsonParser json, ElementHandler handler) throws IOException {
		if (json.nextToken() != JsonToken.START_OBJECT) {
			throw new InvalidInputException("a COCO file is a JSON object");
		}
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String name = json.currentName();
			JsonToken value = json.nextToken();
			if (value == JsonToken.START_ARRAY) {
				while (json.nextToken() != JsonToken.END_ARRAY) {
					handler.element(name, json);
				}
			} else {
				json.skipChildren();
			}
		}
	}

	/** Reads the object the parser stands on into maps, lists, numbers and strings. */
	private static Map<String, Object> object(JsonParser json) throws IOException {
		Object value = value(json);
		if (!(value instanceof Map<?, ?>)) {
			throw new InvalidInputException("a COCO entry is not a JSON object");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (Map<String, Object>) value;
		return map;
	}

	private static Object value(JsonParser json) throws IOException {
		switch (json.currentToken()) {
			case START_OBJECT -> {
				Map<String, Object> map = new HashMap<>();
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					String name = json.currentName();
					json.nextToken();
					map.put(name, value(json));
				}
				return map;
			}
			case START_ARRAY -> {
				List<Object> list = new ArrayList<>();
				while (json.nextToken() != JsonToken.END_ARRAY) {
					list.add(value(json));
				}
				return list;
			}
			case VALUE_NUMBER_INT -> {
				return json.getLongValue();
			}
			case VALUE_NUMBER_FLOAT -> {
				return json.getDoubleValue();
			}
			case VALUE_NULL -> {
				return null;
			}
			default -> {
				return json.getText();
			}
		}
	}

	private static long number(Object value) {
		if (value instanceof Number n) {
			return n.longValue();
		}
		throw new InvalidInputException("a COCO id or size is not a number: " + value);
	}

	private static double decimal(Object value) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		throw new InvalidInputException("a COCO coordinate is not a number: " + value);
	}
}
