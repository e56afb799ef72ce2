package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.ui.internal.ItemImages;

/**
 * The pictures the Data Review shows come from the imaging bundle: a DICOM item gets a thumbnail through its window,
 * a photo is turned as its EXIF orientation says, and a broken file says why it cannot be shown.
 */
class ItemImagesTest {

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void dicomPhotosAndBrokenFilesAsTheDataReviewShowsThem() throws Exception {
		for (String file : List.of("MR_small_implicit.dcm", "exif6.jpg", "MR_truncated.dcm")) {
			ImageFixtures.copy(file, data);
		}
		try (Workspace ws = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(workspace))) {
			ws.projects().create(new ProjectSpec("scans", "image-multiclass", data, List.of("a", "b"), null, null),
					new NullProgressMonitor());
			ItemImages images = new ItemImages(ws, OsgiServices.get(ImageDecoder.class));

			ImageData mr = images.read("scans", "MR_small_implicit.dcm", 40, 40);
			assertEquals(40, mr.width, "the 64x64 scan fits the thumbnail");
			assertEquals(40, mr.height);
			assertTrue(distinctColors(mr) > 10, "gray levels through the file's window, not a blank square");

			ImageData photo = images.read("scans", "exif6.jpg", 100, 100);
			ImageFixtures.Fixture fixture = ImageFixtures.get("exif6.jpg");
			assertEquals(fixture.width(), photo.width, "as displayed, after the EXIF rotation");
			assertEquals(fixture.height(), photo.height);

			IOException broken = assertThrows(IOException.class, () -> images.read("scans", "MR_truncated.dcm", 40, 40));
			assertTrue(broken.getMessage().contains("truncated"), broken.getMessage());
		}
	}

	private static int distinctColors(ImageData data) {
		Set<Integer> colors = new HashSet<>();
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				colors.add(data.getPixel(x, y));
			}
		}
		return colors.size();
	}
}
