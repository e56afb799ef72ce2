package org.labelbench.datastore.azure.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.Dataset;
import org.labelbench.model.DatasetKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;

/** Datasets registered on a datastore path, used by projects of different task types; CSV data from a blob. */
class AzureDatasetTest extends AzureFixture {

	private ProjectStatus onDataset(String name, String type, String dataset, String textColumn) {
		return workspace.projects().create(new ProjectSpec(name, type, null, dataset, textColumn, List.of("a", "b"),
				null, null, null), new NullProgressMonitor()).status();
	}

	@Test
	void aDatasetOnAContainerPathServesProjectsOfEachTaskTypeWithTheirOwnExtensions() throws Exception {
		byte[] png = Azurite.png(temp, 4, 4);
		Azurite.put(container, "shared/x/a.png", png);
		Azurite.put(container, "shared/b.JPG", png);
		Azurite.put(container, "shared/notes.txt", "a note".getBytes(StandardCharsets.UTF_8));
		Azurite.put(container, "shared/table.xlsx", png);
		Azurite.put(container, "other/c.png", png);

		Dataset below = workspace.datasets().create("shared", "azure://" + store + "/shared/**", null, "photos and notes");
		assertEquals(DatasetKind.FILE, below.getKind());
		assertEquals(2, onDataset("images", "image-multiclass", "shared", null).items().total(), "png and JPG");
		assertEquals(1, onDataset("notes", "text-multiclass", "shared", null).items().total(), "the txt blob");

		workspace.datasets().create("everything", "azure://" + store + "/**/*.*", null, null);
		assertEquals(3, onDataset("all", "image-bbox", "everything", null).items().total(), "the whole container");
		assertEquals(List.of("everything", "shared"),
				workspace.datasets().list().stream().map(Dataset::getName).sorted().toList());
	}

	@Test
	void aCsvBlobGivesOneTextItemPerRecordAsALocalCsvFileDoes() throws Exception {
		Azurite.put(container, "text/reviews.csv", ("\uFEFFid,text\n1,\"Great, would buy again\"\n2,\"Broke after\na day\"\n"
				+ "3,\n4,Fine\n").getBytes(StandardCharsets.UTF_8));
		Dataset csv = workspace.datasets().create("reviews", "azure://" + store + "/text/reviews.csv", "text", null);
		assertEquals(DatasetKind.TABULAR, csv.getKind());

		ProjectStatus status = onDataset("reviews", "text-multilabel", "reviews", null);
		assertEquals(4, status.items().total());
		assertEquals(1, status.items().error(), "the record without text");
		long id = workspace.projects().get("reviews").id();
		long second = workspace.store().items().findByLocation(id, "2").orElseThrow().id();
		assertEquals("Broke after\na day", workspace.store().items().text(id, second).orElseThrow());
		ItemRecord blank = workspace.store().items().findByLocation(id, "3").orElseThrow();
		assertEquals(ItemState.ERROR, blank.state());
		assertTrue(blank.errorReason().contains("no text in column 'text'"), blank.errorReason());

		// the same blob straight into a project, and a column the header does not have
		assertEquals(4, workspace.projects().create(new ProjectSpec("direct", "text-multiclass", null, null, "text",
				List.of("a"), null, null, null, "azure://" + store + "/text/reviews.csv"), new NullProgressMonitor())
				.status().items().total());
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> workspace.datasets().create("bad",
				"azure://" + store + "/text/reviews.csv", "body", null));
		assertTrue(e.getMessage().contains("no column 'body'") && e.getMessage().contains("azure://" + store
				+ "/text/reviews.csv"), e.getMessage());
		InvalidInputException missing = assertThrows(InvalidInputException.class, () -> workspace.datasets().create(
				"missing", "azure://" + store + "/text/other.csv", "text", null));
		assertTrue(missing.getMessage().contains("has no CSV blob 'text/other.csv'"), missing.getMessage());
		InvalidInputException images = assertThrows(InvalidInputException.class,
				() -> onDataset("pics", "image-multiclass", "reviews", null));
		assertTrue(images.getMessage().contains("CSV blob holds text items"), images.getMessage());
		assertTrue(workspace.datasets().list().stream().noneMatch(d -> d.getName().equals("bad")));
	}
}
