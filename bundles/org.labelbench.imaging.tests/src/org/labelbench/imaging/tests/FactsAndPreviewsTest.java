package org.labelbench.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.FileInputStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageFormat;
import org.labelbench.imaging.ImageSource;
import org.labelbench.imaging.Previews;
import org.labelbench.imaging.Window;
import org.labelbench.testsupport.ImageFixtures;

/** DICOM tags for an info panel, frames, streams as sources, and scaled previews. */
class FactsAndPreviewsTest {

	@TempDir
	Path temp;

	@Test
	void keyDicomTagsAsStored() throws Exception {
		ImageFacts mr = Decoding.decoder().facts(Decoding.fixture("MR_small.dcm", temp));
		Map<String, String> tags = mr.tags();
		assertEquals("MR", tags.get("Modality"));
		assertEquals("64", tags.get("Rows"));
		assertEquals("64", tags.get("Columns"));
		assertEquals("4MR1", tags.get("PatientID"));
		assertEquals("4MR1", tags.get("StudyID"));
		assertEquals("1.3.6.1.4.1.5962.1.2.4.20040826185059.5457", tags.get("StudyInstanceUID"));
		assertEquals("1.2.840.10008.1.2.1", tags.get("TransferSyntaxUID"));
		assertEquals("Modality", tags.keySet().iterator().next(), "in the order of an info panel");
		assertTrue(Decoding.decoder().facts(Decoding.fixture("rgb.png", temp)).tags().isEmpty(), "DICOM only");
	}

	@Test
	void multiFrameFilesExposeTheirFrames() throws Exception {
		DecodedImage image = Decoding.decoder().decode(Decoding.fixture("multiframe_jpeg_lossless.dcm", temp));
		assertEquals(3, image.frameCount());
		int[] reference = ImageFixtures.reference("multiframe.dcm");
		int perFrame = 32 * 24;
		for (int f = 0; f < 3; f++) {
			assertEquals(reference[f * perFrame + 5 * 32 + 7], image.frame(f).getSample(7, 5, 0), "frame " + f);
		}
		assertThrows(IndexOutOfBoundsException.class, () -> image.frame(3));
	}

	@Test
	void aDicomFileIsRecognisedByItsPreambleWhateverItsName() throws Exception {
		assertEquals(ImageFormat.DICOM, Decoding.decoder().facts(Decoding.fixture("MR_small_named.jpg", temp)).format());
	}

	@Test
	void streamsDecodeLikeFiles() throws Exception {
		for (String file : new String[] { "MR_small_jp2klossless.dcm", "cmyk.jpg", "gray16.tif" }) {
			Path copy = ImageFixtures.copy(file, temp.resolve(file + "-dir"));
			ImageSource stream = ImageSource.of(file, () -> new FileInputStream(copy.toFile()));
			assertEquals(0, Decoding.countDifferent(Decoding.samples(Decoding.decoder().decode(stream)),
					Decoding.samples(Decoding.decoder().decode(ImageSource.of(copy)))), file);
		}
	}

	@Test
	void previewsFitTheBoxKeepTheAspectAndAverage() throws Exception {
		DecodedImage rgb = Decoding.decoder().decode(Decoding.fixture("rgb.png", temp));
		BufferedImage preview = Previews.render(rgb, 0, null, 20, 20);
		assertEquals(new Dimension(20, 15), new Dimension(preview.getWidth(), preview.getHeight()));
		assertEquals(BufferedImage.TYPE_INT_RGB, preview.getType());
		int[] reference = ImageFixtures.reference("rgb.png");
		int red = 0;
		for (int y = 0; y < 2; y++) {
			for (int x = 0; x < 2; x++) {
				red += reference[(y * 40 + x) * 3];
			}
		}
		assertEquals(Math.round(red / 4.0), preview.getRGB(0, 0) >> 16 & 0xff, "the mean of the 2x2 pixels it covers");

		DecodedImage mr = Decoding.decoder().decode(Decoding.fixture("MR_small.dcm", temp));
		BufferedImage gray = Previews.render(mr, 0, mr.defaultWindow(), 500, 500);
		assertEquals(BufferedImage.TYPE_BYTE_GRAY, gray.getType());
		assertEquals(64, gray.getWidth(), "never larger than the image");
		BufferedImage tall = Previews.render(mr, 0, new Window(600, 1600), 16, 100);
		assertEquals(new Dimension(16, 16), new Dimension(tall.getWidth(), tall.getHeight()));
	}
}
