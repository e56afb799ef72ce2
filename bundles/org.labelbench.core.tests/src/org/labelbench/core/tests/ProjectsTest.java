package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.ItemState;
import org.labelbench.model.ProjectState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemCounts;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;

class ProjectsTest {

	@TempDir
	Path temp;
	private Workspace workspace;

	@BeforeEach
	void open() throws Exception {
		workspace = Services.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
	}

	@AfterEach
	void close() {
		workspace.close();
	}

	@Test
	void everyImageOfTheFolderBecomesAnUnlabeledItem() throws Exception {
		Path data = temp.resolve("images");
		for (String name : List.of("a.jpg", "b.JPEG", "c.png", "d.jpe", "e.jfif", "f.bmp", "g.tif", "h.TIFF", "i.dcm",
				"j.dicom", "deep/er/k.png")) {
			Services.write(data.resolve(name), Services.PNG);
		}
		Services.write(data.resolve("readme.txt"), "not an image".getBytes());
		Services.write(data.resolve("no-extension"), Services.PNG);

		ProjectStatus status = create("animals", "image-multiclass", data, "cat", "dog");

		assertEquals(ProjectState.RUNNING, status.state());
		assertEquals(new ItemCounts(11, 11, 0, 0, 0, 0, 0), status.items());
		assertEquals(Map.of("cat", 0L, "dog", 0L), status.labels());
		List<String> locations = workspace.store().items()
				.page(status.id(), ItemState.UNLABELED, 0, 100).stream().map(ItemRecord::location).sorted().toList();
		assertTrue(locations.contains("deep/er/k.png"), locations.toString());
	}

	@Test
	void filesThatCannotBeLabeledAreCountedAsErrorsWithTheReason() throws Exception {
		Path data = temp.resolve("images");
		Services.write(data.resolve("ok.png"), Services.PNG);
		Services.write(data.resolve("empty.png"), new byte[0]);

		ProjectStatus status = create("with-errors", "image-bbox", data, "car");

		assertEquals(2, status.items().total());
		assertEquals(1, status.items().error());
		ItemRecord error = workspace.store().items().page(status.id(), ItemState.ERROR, 0, 10).get(0);
		assertEquals("empty.png", error.location());
		assertEquals("empty file", error.errorReason());
	}

	@Test
	void textProjectsTakeTextFiles() throws Exception {
		Path data = temp.resolve("texts");
		Services.write(data.resolve("one.txt"), "great product".getBytes());
		Services.write(data.resolve("two.TXT"), "terrible".getBytes());
		Services.write(data.resolve("photo.png"), Services.PNG);
		assertEquals(2, create("reviews", "text-multilabel", data, "positive", "negative").items().total());
	}

	@Test
	void badRequestsAreRefusedWithTheReasonAndCreateNothing() throws Exception {
		Path data = Files.createDirectories(temp.resolve("empty-folder"));
		assertEquals("unknown task type 'image-foo' (known: image-multiclass, image-multilabel, image-bbox, "
				+ "image-polygon, text-multiclass, text-multilabel, test-keypoint)",
				refused("x", "image-foo", data, "a"));
		assertTrue(refused("x", "image-bbox", temp.resolve("missing"), "a").matches("data folder .*missing does not exist"),
				refused("x", "image-bbox", temp.resolve("missing"), "a"));
		assertEquals("label class 'a' is given twice", refused("x", "image-bbox", data, "a", "a"));
		assertEquals("a project needs at least one label class", refused("x", "image-bbox", data));
		assertEquals(List.of(), workspace.projects().list());
		create("taken", "image-bbox", data, "a");
		assertEquals("project name 'taken' is already used", refused("taken", "image-polygon", data, "b"));
	}

	@Test
	void projectsCanBePausedAndRunAgain() throws Exception {
		create("toggle", "image-polygon", Files.createDirectories(temp.resolve("d")), "a");
		assertEquals(ProjectState.PAUSED, workspace.projects().pause("toggle").state());
		assertEquals(ProjectState.PAUSED, workspace.projects().status("toggle").state());
		assertEquals(ProjectState.RUNNING, workspace.projects().run("toggle").state());
		assertThrows(InvalidInputException.class, () -> workspace.projects().pause("nope"));
	}

	@Test
	void instructionsAreTextOrALink() throws Exception {
		Path data = Files.createDirectories(temp.resolve("d"));
		workspace.projects().create(new ProjectSpec("linked", "image-bbox", data, List.of("a"), null,
				"https://example.org/how-to-label"), new NullProgressMonitor());
		assertTrue(workspace.projects().get("linked").project().getInstructions().isLink());
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> workspace.projects().create(new ProjectSpec("bad-link", "image-bbox", data, List.of("a"), null,
						"javascript:alert(1)"), new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("must be an http, https or file URL"), e.getMessage());
	}

	private ProjectStatus create(String name, String type, Path data, String... labels) {
		return workspace.projects().create(new ProjectSpec(name, type, data, List.of(labels), null, null),
				new NullProgressMonitor()).status();
	}

	private String refused(String name, String type, Path data, String... labels) {
		return assertThrows(InvalidInputException.class, () -> create(name, type, data, labels)).getMessage();
	}
}
