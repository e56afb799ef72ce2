package org.labelbench.core.tests;

import static org.labelbench.core.tests.LabelingTest.assertRefused;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.labelbench.testsupport.ImageFixtures;

/** Boxes and polygons are checked against the image as displayed, whatever its type. */
class ShapesOnEveryImageTypeTest extends WorkspaceFixture {

	@Test
	void dicomImagesHaveTheirSize() throws Exception {
		Path data = temp.resolve("scans");
		ImageFixtures.copy("MR_small.dcm", data);
		ImageFixtures.copy("MR_small_named.jpg", data);
		ImageFixtures.copy("MR_small_jpeg_ls.dcm", data);
		create("scans", "image-bbox", data, "lesion");
		workspace.labeling().submit("scans", "MR_small.dcm", annotations(box(0, 0, 64, 64, "lesion")), "ana");
		assertRefused("item 'MR_small.dcm': annotation 1 (box 10.0,10.0 60.0x5.0) goes outside the 64x64 image",
				() -> workspace.labeling().submit("scans", "MR_small.dcm", annotations(box(10, 10, 60, 5, "lesion")),
						"ana"));
		workspace.labeling().submit("scans", "MR_small_named.jpg", annotations(box(1, 1, 60, 60, "lesion")), "ana");
		assertRefused("the size of image 'MR_small_jpeg_ls.dcm' cannot be read, so its shapes cannot be checked: "
				+ "JPEG-LS lossless compression (1.2.840.10008.1.2.4.80) is not supported",
				() -> workspace.labeling().submit("scans", "MR_small_jpeg_ls.dcm",
						annotations(box(1, 1, 2, 2, "lesion")), "ana"));
	}

	@Test
	void exifRotatedPhotosHaveTheirDisplayedSize() throws Exception {
		Path data = temp.resolve("photos");
		ImageFixtures.copy("exif6.jpg", data); // stored 12x8, shown 8x12
		create("photos", "image-polygon", data, "cat");
		workspace.labeling().submit("photos", "exif6.jpg", annotations(polygon("cat", 0, 0, 8, 0, 8, 12)), "ana");
		assertRefused("item 'exif6.jpg': annotation 1 has vertex 12.0,1.0 outside the 8x12 image",
				() -> workspace.labeling().submit("photos", "exif6.jpg", annotations(polygon("cat", 0, 0, 12, 1, 1, 7)),
						"ana"));
	}
}
