package org.labelbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.NewItem;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.BadInputCorpus;
import org.labelbench.testsupport.OsgiServices;

/**
 * Exports of the bad-input corpus: items named with spaces, {@code ..}, unicode and control characters, and items whose
 * locations climb out ({@code ../x}, absolute paths, as a blob store or a manifest can name them), are exported in
 * every image format with all items. Labels on the climbing items are refused with a message; no export writes a file
 * outside its destination, and the good items are exported.
 */
class ExportDestinationTest {

	@TempDir
	Path temp;

	@Test
	void exportsNeverWriteOutsideTheirDestination() throws Exception {
		Path data = temp.resolve("data/corpus");
		BadInputCorpus.images(data);
		Path out = Files.createDirectories(temp.resolve("data/out"));
		List<String> hostile = BadInputCorpus.hostileLocations();
		try (Workspace workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")))) {
			long id = workspace.projects().create(new ProjectSpec("corpus", "image-bbox", data, List.of("car"), null,
					null), new NullProgressMonitor()).status().id();
			// as a refresh of a blob container adds them: the store takes any name
			workspace.store().items().addNew(id, sink -> hostile.forEach(l -> sink.accept(new NewItem(l, null, null))),
					Long.MAX_VALUE);
			for (String location : BadInputCorpus.goodImages()) {
				workspace.labeling().submit("corpus", location, List.of(Annotations.box(1, 2, 10, 8, "car")), "ana");
			}
			for (String location : hostile) {
				InvalidInputException refused = assertThrows(InvalidInputException.class, () -> workspace.labeling()
						.submit("corpus", location, List.of(Annotations.box(1, 2, 10, 8, "car")), "ana"));
				assertTrue(refused.getMessage().contains("outside the data folder"), refused.getMessage());
			}
			Set<Path> before = files(temp);
			for (String format : List.of("coco", "voc", "yolo", "manifest")) {
				Path destination = out.resolve(format);
				ExportSummary summary = workspace.exports().export(new ExportRequest("corpus", format, destination,
						true, false), new NullProgressMonitor()); // every item, the hostile ones too
				assertTrue(summary.items() >= BadInputCorpus.goodImages().size(),
						format + " exports the good items: " + summary);
				for (Path file : files(temp)) {
					assertTrue(before.contains(file) || file.startsWith(destination),
							format + " wrote " + file + " outside " + destination);
				}
				before = files(temp);
			}
		}
		assertFalse(Files.exists(temp.resolve("data/escape.xml")) || Files.exists(temp.resolve("escape-too.txt")));
		for (String leak : List.of("/tmp/absolute.xml", "/tmp/absolute.txt", "/tmp/labels/absolute.txt")) {
			assertFalse(Files.exists(Path.of(leak)), leak);
		}
		assertEquals(List.of(), new ArrayList<>(files(temp.resolve("data/corpus")).stream()
				.filter(p -> !p.toString().endsWith(".png") && !p.toString().endsWith(".jpg")
						&& !p.toString().endsWith(".dcm"))
				.toList()), "nothing written among the data");
	}

	private static Set<Path> files(Path root) throws Exception {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("ws")))
					.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
	}
}
