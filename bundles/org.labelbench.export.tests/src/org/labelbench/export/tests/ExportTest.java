package org.labelbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.testsupport.Annotations.box;
import static org.labelbench.testsupport.Annotations.polygon;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.TestData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExportTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path temp;
	private Workspace workspace;
	private Path out;

	@BeforeEach
	void open() throws Exception {
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		out = Files.createDirectories(temp.resolve("out"));
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	@Test
	void cocoHasImagesCategoriesAndBoxesWithTheirAreas() throws Exception {
		project("street", "image-bbox", images(3), "car", "bus");
		label("street", "img000.png", box(10, 5, 20, 8, "car"));
		label("street", "sub/img002.png", box(1.5, 2.5, 3, 4, "bus"), box(0, 0, 64, 48, "car"));

		ExportSummary summary = export("street", "coco", "street.json", false);

		assertEquals(2, summary.items());
		assertEquals(3, summary.annotations());
		assertEquals(Map.of(), summary.notExported());
		JsonNode coco = JSON.readTree(out.resolve("street.json").toFile());
		assertEquals("Labelbench export of project street", coco.get("info").get("description").asText());
		assertTrue(coco.get("licenses").isArray());
		assertEquals("[{\"id\":1,\"name\":\"car\",\"supercategory\":\"\"},{\"id\":2,\"name\":\"bus\",\"supercategory\":\"\"}]",
				coco.get("categories").toString());
		JsonNode images = coco.get("images");
		assertEquals(2, images.size());
		assertEquals("img000.png", images.get(0).get("file_name").asText());
		assertEquals("sub/img002.png", images.get(1).get("file_name").asText(), "relative to the data folder");
		assertEquals(64, images.get(1).get("width").asInt());
		assertEquals(48, images.get(1).get("height").asInt());
		JsonNode annotations = coco.get("annotations");
		assertEquals(3, annotations.size());
		JsonNode box = annotations.get(0);
		assertEquals(1, box.get("id").asInt());
		assertEquals(images.get(0).get("id").asLong(), box.get("image_id").asLong());
		assertEquals(1, box.get("category_id").asInt());
		assertEquals("[10.0,5.0,20.0,8.0]", box.get("bbox").toString());
		assertEquals(160.0, box.get("area").asDouble());
		assertEquals(0, box.get("iscrowd").asInt());
		assertEquals(2, annotations.get(1).get("category_id").asInt());
		assertEquals(12.0, annotations.get(1).get("area").asDouble());
		assertEquals(List.of("street.json"), listing(), "no temporary file is left behind");
	}

	@Test
	void cocoPolygonsHaveTheirSegmentationAreaAndTightBox() throws Exception {
		project("shapes", "image-polygon", images(1), "blob");
		label("shapes", "img000.png", polygon("blob", 0, 0, 4, 0, 4, 3), polygon("blob", 10, 10, 20, 10, 20, 30, 10, 30));
		JsonNode annotations = JSON.readTree(export("shapes", "coco", "shapes.json", false).out().toFile())
				.get("annotations");
		JsonNode triangle = annotations.get(0);
		assertEquals("[[0.0,0.0,4.0,0.0,4.0,3.0]]", triangle.get("segmentation").toString());
		assertEquals(6.0, triangle.get("area").asDouble(), "the polygon's own area, not its box's");
		assertEquals("[0.0,0.0,4.0,3.0]", triangle.get("bbox").toString(), "the tight box");
		assertEquals(200.0, annotations.get(1).get("area").asDouble());
		assertEquals("[10.0,10.0,10.0,20.0]", annotations.get(1).get("bbox").toString());
	}

	@Test
	void cocoOfAClassificationProjectHasNoGeometryAndAllImagesOnRequest() throws Exception {
		project("pets", "image-multilabel", images(3), "cat", "dog");
		label("pets", "img001.png", classLabel("cat"), classLabel("dog"));
		JsonNode coco = JSON.readTree(export("pets", "coco", "pets.json", true).out().toFile());
		assertEquals(3, coco.get("images").size(), "--all-images lists the unlabeled images too");
		JsonNode annotations = coco.get("annotations");
		assertEquals(2, annotations.size());
		assertFalse(annotations.get(0).has("bbox"));
		assertEquals(List.of("category_id", "id", "image_id"), fieldNames(annotations.get(1)));
	}

	@Test
	void anImageWhoseSizeCannotBeReadIsCountedInTheSummary() throws Exception {
		Path data = images(1);
		Files.write(data.resolve("scan.dcm"), "not really DICOM".getBytes(StandardCharsets.US_ASCII));
		project("scans", "image-multiclass", data, "normal");
		label("scans", "scan.dcm", classLabel("normal"));
		ExportSummary summary = export("scans", "coco", "scans.json", false);
		assertEquals(Map.of("image size unknown (width and height written as 0)", 1L), summary.notExported());
	}

	@Test
	void csvQuotesTextAndJoinsLabels() throws Exception {
		Path csv = Files.writeString(temp.resolve("reviews.csv"), "text\n\"fine, really\"\n\"say \"\"hi\"\"\nthere\"\nplain\n");
		workspace.projects().create(new ProjectSpec("reviews", "text-multilabel", csv, null, "text", List.of("pos", "neg"),
				null, null, null), new NullProgressMonitor());
		label("reviews", "1", classLabel("pos"));
		label("reviews", "2", classLabel("neg"), classLabel("pos"));
		export("reviews", "csv", "reviews.csv", false);
		assertEquals("item,text,labels\r\n1,\"fine, really\",pos\r\n2,\"say \"\"hi\"\"\nthere\",neg|pos\r\n",
				Files.readString(out.resolve("reviews.csv")));
	}

	@Test
	void csvOfTextFilesGivesTheFileNameAsText() throws Exception {
		Path texts = Files.createDirectories(temp.resolve("texts/sub"));
		Files.writeString(texts.resolve("note.txt"), "first note");
		project("notes", "text-multiclass", texts.getParent(), "todo", "done");
		label("notes", "sub/note.txt", classLabel("done"));
		export("notes", "csv", "notes.csv", false);
		assertEquals("item,text,labels\r\nsub/note.txt,note.txt,done\r\n", Files.readString(out.resolve("notes.csv")));
	}

	@Test
	void perImageFilesNeverLandOutsideTheExportFolder() {
		Path folder = out.resolve("voc");
		assertEquals(folder.resolve("sub/a.xml"), org.labelbench.export.internal.PerImageFiles.file(folder, "sub/a.png", ".xml"));
		assertEquals(null, org.labelbench.export.internal.PerImageFiles.file(folder, "../../etc/passwd", ".xml"));
		assertEquals(null, org.labelbench.export.internal.PerImageFiles.file(folder, "sub/../../x.png", ".xml"));
	}

	@Test
	void manifestHasOneLinePerLabeledItem() throws Exception {
		Path data = images(2);
		project("cars", "image-bbox", data, "car");
		label("cars", "img001.png", box(1, 2, 3, 4, "car"));
		export("cars", "manifest", "cars.jsonl", false);
		List<String> lines = Files.readAllLines(out.resolve("cars.jsonl"));
		assertEquals(1, lines.size());
		JsonNode line = JSON.readTree(lines.get(0));
		assertEquals("img001.png", line.get("item").asText());
		assertEquals(data.resolve("img001.png").toString(), line.get("source").asText());
		assertEquals("[{\"class\":\"car\",\"x\":1.0,\"y\":2.0,\"width\":3.0,\"height\":4.0}]", line.get("boxes").toString());
		assertEquals("human", line.get("origin").asText());
		assertEquals("ana", line.get("labeler").asText());
	}

	@Test
	void vocWritesAnXmlFilePerImageAndCountsWhatItCannotHold() throws Exception {
		project("street", "image-bbox", images(3), "car");
		label("street", "sub/img002.png", box(16, 12, 32, 24.5, "car"));
		ExportSummary summary = export("street", "voc", "voc", false);
		assertEquals(1, summary.items());
		String xml = Files.readString(out.resolve("voc/Annotations/sub/img002.xml"));
		assertTrue(xml.contains("<filename>img002.png</filename>"), xml);
		assertTrue(xml.contains("<size><width>64</width><height>48</height><depth>3</depth></size>"), xml);
		assertTrue(xml.contains("<object><name>car</name><pose>Unspecified</pose><truncated>0</truncated>"
				+ "<difficult>0</difficult><bndbox><xmin>16</xmin><ymin>12</ymin><xmax>48</xmax><ymax>36.5</ymax>"
				+ "</bndbox></object>"), xml);

		project("shapes", "image-polygon", images(1), "blob");
		label("shapes", "img000.png", polygon("blob", 0, 0, 4, 0, 4, 3));
		assertEquals(Map.of("Polygon annotations have no Pascal VOC form", 1L),
				export("shapes", "voc", "voc-shapes", false).notExported());
	}

	@Test
	void yoloWritesNormalizedBoxesAndPolygons() throws Exception {
		project("street", "image-bbox", images(1), "bus", "car");
		label("street", "img000.png", box(16, 12, 32, 24, "car"));
		export("street", "yolo", "yolo", false);
		assertEquals("bus\ncar\n", Files.readString(out.resolve("yolo/classes.txt")));
		assertEquals("1 0.500000 0.500000 0.500000 0.500000\n", Files.readString(out.resolve("yolo/labels/img000.txt")));
		project("shapes", "image-polygon", images(1), "blob");
		label("shapes", "img000.png", polygon("blob", 0, 0, 32, 0, 32, 24));
		export("shapes", "yolo", "yolo-shapes", false);
		assertEquals("0 0.000000 0.000000 0.500000 0.000000 0.500000 0.500000\n",
				Files.readString(out.resolve("yolo-shapes/labels/img000.txt")));
	}

	@Test
	void cocoExportImportExportRoundTrips() throws Exception {
		Path data = images(3);
		project("original", "image-bbox", data, "car", "bus");
		label("original", "img000.png", box(10, 5, 20, 8, "car"), box(1.5, 2.5, 3, 4, "bus"));
		label("original", "sub/img002.png", box(0, 0, 64, 48, "bus"));
		Path first = export("original", "coco", "first.json", false).out();

		project("copy", "image-bbox", data, "car", "bus");
		var imported = new org.labelbench.export.CocoImport(workspace).run("copy", first, "importer", false);
		assertEquals(2, imported.items());
		assertEquals(3, imported.annotations());
		assertEquals(Map.of(), imported.notImported());
		Path second = export("copy", "coco", "second.json", false).out();

		JsonNode a = JSON.readTree(first.toFile());
		JsonNode b = JSON.readTree(second.toFile());
		((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("info");
		((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("info");
		assertEquals(a, b, "identical apart from info");
	}

	@Test
	void importReportsUnmatchedImagesAndUnknownCategories() throws Exception {
		project("pets", "image-multiclass", images(2), "cat");
		Path coco = Files.writeString(temp.resolve("in.json"), """
				{"images": [{"id": 1, "file_name": "img000.png", "width": 64, "height": 48},
				            {"id": 2, "file_name": "elsewhere.png", "width": 10, "height": 10},
				            {"id": 3, "file_name": "img001.png", "width": 64, "height": 48}],
				 "annotations": [{"id": 1, "image_id": 1, "category_id": 7},
				                 {"id": 2, "image_id": 2, "category_id": 7},
				                 {"id": 3, "image_id": 3, "category_id": 8}],
				 "categories": [{"id": 7, "name": "cat"}, {"id": 8, "name": "dog"}]}
				""");
		var result = new org.labelbench.export.CocoImport(workspace).run("pets", coco, "importer", true);
		assertEquals(1, result.items());
		assertEquals(Map.of("image the project does not have (or cannot label)", 1L,
				"annotation of category 'dog', which is not a class of the project", 1L,
				"image with invalid labels: Image classification (multi-class) takes exactly one class, not 0", 1L),
				result.notImported());
		var status = workspace.projects().status("pets");
		assertEquals(0, status.items().labeled(), "prelabels leave the items in the queue");
		assertEquals(0, export("pets", "manifest", "accepted.jsonl", false).items(), "prelabels are not labels");
		workspace.exports().export(new ExportRequest("pets", "manifest", out.resolve("with-prelabels.jsonl"), false, true),
				new NullProgressMonitor());
		JsonNode line = JSON.readTree(Files.readAllLines(out.resolve("with-prelabels.jsonl")).get(0));
		assertEquals("prelabel", line.get("origin").asText());
		assertEquals("[\"cat\"]", line.get("labels").toString());
		long item = workspace.store().items().findByLocation(status.id(), "img000.png").orElseThrow().id();
		assertEquals("cat", workspace.store().items().defaultSubmission(status.id(), item).orElseThrow()
				.getAnnotations().get(0).getClassName());
	}

	@Test
	void aFormatThatDoesNotFitTheProjectIsRefused() throws Exception {
		project("pets", "image-multiclass", images(1), "cat");
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> export("pets", "csv", "x.csv", false));
		assertEquals("format 'csv' exports text projects; project 'pets' is a image project", e.getMessage());
		e = assertThrows(InvalidInputException.class, () -> export("pets", "yaml", "x", false));
		assertEquals("unknown export format 'yaml' (known: coco, csv, manifest, voc, yolo)", e.getMessage());
		assertEquals(List.of(), listing());
	}

	private ExportSummary export(String project, String format, String file, boolean allImages) {
		return workspace.exports().export(new ExportRequest(project, format, out.resolve(file), allImages, false),
				new NullProgressMonitor());
	}

	private List<String> listing() throws Exception {
		try (var files = Files.list(out)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	private static List<String> fieldNames(JsonNode node) {
		List<String> names = new java.util.ArrayList<>();
		node.fieldNames().forEachRemaining(names::add);
		names.sort(null);
		return names;
	}

	private Path images(int n) throws Exception {
		Path dir = Files.createDirectories(temp.resolve("images/sub"));
		for (int i = 0; i < n; i++) {
			TestData.png((i == 2 ? dir : dir.getParent()).resolve(String.format("img%03d.png", i)), 64, 48);
		}
		return dir.getParent();
	}

	private void project(String name, String type, Path data, String... labels) {
		workspace.projects().create(new ProjectSpec(name, type, data, List.of(labels), null, null),
				new NullProgressMonitor());
	}

	private void label(String project, String item, Annotation... annotations) {
		workspace.labeling().submit(project, item, List.of(annotations), "ana");
	}

	private static ClassLabel classLabel(String name) {
		return Annotations.label(name);
	}
}
