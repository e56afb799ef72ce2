package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.store.InvalidInputException;

/** Data given as a datastore location goes through the installed datastores; the local folder is the first. */
class DatastoreLocationTest extends WorkspaceFixture {

	private ProjectStatus createAt(String name, String location) {
		return workspace.projects().create(new ProjectSpec(name, "image-multiclass", null, null, null, List.of("a"),
				null, null, null, location), new NullProgressMonitor()).status();
	}

	@Test
	void aFileUrlIsTheLocalFolderDatastore() throws Exception {
		Path images = images("photos", 3);
		Files.writeString(images.resolve("notes.txt"), "not an image");
		ProjectStatus status = createAt("local", images.toUri().toString());
		assertEquals(3, status.items().total(), "images only: the extension filter of the data kind");
		try (var in = workspace.review().open("local", "img001.png")) {
			assertEquals((byte) 0x89, (byte) in.read(), "items open through the datastore");
		}
	}

	@Test
	void anUnknownLocationNamesItself() {
		InvalidInputException e = assertThrows(InvalidInputException.class, () -> createAt("x", "ftp://host/images"));
		assertTrue(e.getMessage().contains("'ftp://host/images'"), e.getMessage());
		assertTrue(workspace.projects().list().isEmpty());
	}
}
