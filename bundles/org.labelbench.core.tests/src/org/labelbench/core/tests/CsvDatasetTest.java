package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.model.ItemState;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;

class CsvDatasetTest extends WorkspaceFixture {

	@Test
	void everyCsvRecordIsATextItemNumberedFromOne() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String csv = "id,review,stars\r\n"
				+ "1,Great product,5\r\n"
				+ "2,\"Quoted, with comma\",4\r\n"
				+ "3,\"Two\nlines with \"\"quotes\"\"\",3\r\n"
				+ "4,,1\r\n"
				+ "5\r\n"
				+ "6,Ünïcode ✓,5\r\n";
		Path file = temp.resolve("reviews.csv");
		Files.write(file, concat(bom, csv.getBytes(StandardCharsets.UTF_8)));

		ProjectStatus status = workspace.projects().create(spec("reviews", file, "review"),
				new NullProgressMonitor()).status();

		assertEquals(6, status.items().total());
		assertEquals(2, status.items().error(), "the empty text and the short row");
		Map<String, String> texts = workspace.store().items().page(status.id(), ItemState.UNLABELED, 0, 100).stream()
				.collect(Collectors.toMap(ItemRecord::location,
						i -> workspace.store().items().text(status.id(), i.id()).orElseThrow()));
		assertEquals(Map.of("1", "Great product", "2", "Quoted, with comma", "3", "Two\nlines with \"quotes\"", "6",
				"Ünïcode ✓"), texts);
		List<String> errors = workspace.store().items().page(status.id(), ItemState.ERROR, 0, 10).stream()
				.map(i -> i.location() + ": " + i.errorReason()).toList();
		assertEquals(List.of("4: row 4 has no text in column 'review'", "5: row 5 has no text in column 'review'"),
				errors);
	}

	@Test
	void rowsAppendedToTheCsvBecomeItemsOnRefreshAndKeepTheirRecordNumbers() throws Exception {
		Path file = Files.writeString(temp.resolve("grow.csv"), "text\nfirst\nsecond\n");
		ProjectStatus status = workspace.projects().create(spec("grow", file, "text"), new NullProgressMonitor())
				.status();
		workspace.projects().run("grow");
		workspace.labeling().submit("grow", "2", annotations(label("pos")), "ann");
		Files.writeString(file, "text\nfirst\nsecond\nthird\n\"fourth, quoted\"\n");

		assertEquals(2, workspace.projects().refresh("grow", new NullProgressMonitor()).added());
		assertEquals(0, workspace.projects().refresh("grow", new NullProgressMonitor()).added(), "nothing twice");

		assertEquals(4, workspace.projects().status("grow").items().total());
		assertEquals(1, workspace.projects().status("grow").items().labeled());
		ItemRecord fourth = workspace.store().items().findByLocation(status.id(), "4").orElseThrow();
		assertEquals("fourth, quoted", workspace.store().items().text(status.id(), fourth.id()).orElseThrow());
		workspace.labeling().submit("grow", "4", annotations(label("neg")), "ann");
		assertEquals(2, workspace.projects().status("grow").items().labeled());
		assertTrue(workspace.store().items().findByLocation(status.id(), "5").isEmpty());
	}

	@Test
	void bytesThatAreNotUtf8MakeAnErrorItem() throws Exception {
		Path file = temp.resolve("mixed.csv");
		Files.write(file, concat("text\nplain\n".getBytes(StandardCharsets.UTF_8),
				new byte[] { 'c', 'a', 'f', (byte) 0xE9, '\n' })); // latin-1 é
		ProjectStatus status = workspace.projects().create(spec("mixed", file, "text"), new NullProgressMonitor())
				.status();
		assertEquals(1, status.items().error());
		assertEquals("row 2 is not valid UTF-8",
				workspace.store().items().page(status.id(), ItemState.ERROR, 0, 1).get(0).errorReason());
	}

	@Test
	void aMissingTextColumnIsRefusedNamingTheColumns() throws Exception {
		Path file = Files.writeString(temp.resolve("x.csv"), "a,b\n1,2\n");
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> workspace.projects().create(spec("x", file, "text"), new NullProgressMonitor()));
		assertEquals("CSV file " + file + " has no column 'text' (columns: a, b)", e.getMessage());
		e = assertThrows(InvalidInputException.class,
				() -> workspace.projects().create(spec("x", file, null), new NullProgressMonitor()));
		assertEquals("CSV data needs the column that holds the text: --text-column NAME", e.getMessage());
		assertTrue(workspace.projects().list().isEmpty());
	}

	@Test
	void aNamedDatasetServesSeveralProjects() throws Exception {
		Path file = Files.writeString(temp.resolve("t.csv"), "text\nhello\nworld\n");
		workspace.datasets().create("tweets", file, "two tweets");
		assertEquals("tabular", workspace.datasets().get("tweets").getKind().getName().toLowerCase());
		for (String name : List.of("first", "second")) {
			ProjectSpec spec = new ProjectSpec(name, "text-multilabel", null, "tweets", "text", List.of("a", "b"), null,
					null, null);
			assertEquals(2, workspace.projects().create(spec, new NullProgressMonitor()).status().items().total());
		}
		assertEquals("dataset name 'tweets' is already used",
				assertThrows(InvalidInputException.class, () -> workspace.datasets().create("tweets", file, null))
						.getMessage());
		assertEquals("dataset 'nope' does not exist",
				assertThrows(InvalidInputException.class, () -> workspace.datasets().get("nope")).getMessage());
	}

	private static ProjectSpec spec(String name, Path csv, String column) {
		return new ProjectSpec(name, "text-multiclass", csv, null, column, List.of("pos", "neg"), null, null, null);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}
}
