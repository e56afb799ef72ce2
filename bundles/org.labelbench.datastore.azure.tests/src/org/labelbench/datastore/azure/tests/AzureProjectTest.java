package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.RefreshResult;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.Annotations;

/** What issue 8 is done by: a project on a container path, labeled, refreshed and exported into the container. */
class AzureProjectTest extends AzureFixture {

	@Test
	void aProjectFromAContainerPathIsLabeledRefreshedAndExportedIntoTheContainer() throws Exception {
		byte[] png = Azurite.png(temp, 40, 30);
		Azurite.put(container, "photos/a/cat 1.png", png);
		Azurite.put(container, "photos/b/dog.png", png);
		Azurite.put(container, "photos/readme.txt", "not an image".getBytes(StandardCharsets.UTF_8));
		Azurite.put(container, "elsewhere/bird.png", png);

		ProjectStatus created = create("pets", "image-bbox", "azure://" + store + "/photos/**", "cat", "dog").status();
		assertEquals(2, created.items().total(), "the images below photos/, not the text file nor elsewhere/");

		List<ItemRecord> task = workspace.labeling().claimTask("pets", "ann", 2, java.time.Duration.ofMinutes(5));
		assertEquals(List.of("photos/a/cat 1.png", "photos/b/dog.png"), task.stream().map(ItemRecord::location).sorted().toList());
		// a box is checked against the image's size, read from the blob on demand
		workspace.labeling().submit("pets", "photos/a/cat 1.png", List.of(Annotations.box(2, 3, 20, 10, "cat")), "ann");

		Azurite.put(container, "photos/c/new.png", png);
		Azurite.put(container, "photos/b/dog.png", png); // rewritten: the same name is no new item
		RefreshResult refresh = workspace.projects().refresh("pets", new NullProgressMonitor());
		assertEquals(1, refresh.added(), "one new blob name");
		assertEquals(3, workspace.projects().status("pets").items().total());

		ExportSummary export = workspace.exports().export(new ExportRequest("pets", "coco", null, false, false,
				"azure://" + store), new NullProgressMonitor());
		String prefix = "Labeling/export/coco/pets/";
		String blob = container.listBlobs().stream().map(b -> b.getName()).filter(n -> n.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no export under " + prefix));
		assertTrue(blob.endsWith("/pets.json"), blob);
		assertTrue(export.address().endsWith("/" + container.getBlobContainerName() + "/" + blob), export.address());
		JsonNode coco = new ObjectMapper().readTree(Azurite.read(container, blob));
		assertEquals("photos/a/cat 1.png", coco.get("images").get(0).get("file_name").asText());
		assertEquals(40, coco.get("images").get(0).get("width").asInt(), "size read from the blob");
		assertEquals(200.0, coco.get("annotations").get(0).get("area").asDouble());
		assertEquals(1, export.annotations());
	}

	@Test
	void theWholeContainerAndATextProjectExportedAsCsv() throws Exception {
		Azurite.put(container, "a.txt", "good film".getBytes(StandardCharsets.UTF_8));
		Azurite.put(container, "deep/er/b.txt", "bad film".getBytes(StandardCharsets.UTF_8));
		Azurite.put(container, "deep/c.png", Azurite.png(temp, 4, 4));
		assertEquals(2, create("reviews", "text-multiclass", "azure://" + store + "/**/*.*", "pos", "neg").status()
				.items().total(), "text blobs of the whole container; extensions filtered by the task type");
		workspace.labeling().submit("reviews", "deep/er/b.txt", List.of(Annotations.label("neg")), "ann");

		ExportSummary export = workspace.exports().export(new ExportRequest("reviews", "csv", null, false, false,
				"azure://" + store + "/Labeling/export/csv/reviews.csv"), new NullProgressMonitor());
		String csv = Azurite.read(container, "Labeling/export/csv/reviews.csv");
		assertTrue(csv.startsWith("item,text,labels"), csv);
		assertTrue(csv.contains("deep/er/b.txt,b.txt,neg"), csv); // text files export their name, as local ones do
		assertEquals(Map.of(), export.notExported());
	}

	@Test
	void listingFollowsContinuationTokensPageByPage() throws Exception {
		byte[] png = Azurite.png(temp, 2, 2);
		for (int i = 0; i < 23; i++) {
			Azurite.put(container, String.format("many/img%02d.png", i), png);
		}
		System.setProperty("labelbench.azure.listPage", "5"); // 5 pages: one page at a time in memory
		try {
			assertEquals(23, create("many", "image-multiclass", "azure://" + store + "/many/**", "a").status()
					.items().total());
		} finally {
			System.clearProperty("labelbench.azure.listPage");
		}
		assertEquals(ItemState.UNLABELED, workspace.store().items()
				.findByLocation(workspace.projects().get("many").id(), "many/img22.png").orElseThrow().state());
	}
}
