package org.labelbench.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageFacts;
import org.labelbench.imaging.ImageFormat;
import org.labelbench.imaging.ImageSource;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.ImageFixtures.Fixture;

/**
 * Every supported format and DICOM transfer syntax decodes to the pixels other software decodes (see
 * ImageFixtures): stored values at full depth for grayscale, RGB for colour, as displayed after EXIF orientation.
 */
class DecodingTest {

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> decodesLikeTheReferenceDecoders() {
		return ImageFixtures.all().stream().filter(f -> !f.broken())
				.map(f -> DynamicTest.dynamicTest(f.file() + " (" + f.reference() + ")", () -> check(f)));
	}

	private void check(Fixture fixture) throws Exception {
		ImageSource source = Decoding.fixture(fixture.file(), temp);
		DecodedImage image = Decoding.decoder().decode(source);
		ImageFacts facts = image.facts();
		assertEquals(ImageFormat.valueOf(fixture.format()), facts.format(), "format");
		assertEquals(fixture.width(), facts.width(), "width as displayed");
		assertEquals(fixture.height(), facts.height(), "height as displayed");
		assertEquals(fixture.bits(), facts.bitDepth(), "bit depth");
		assertEquals(fixture.samplesPerPixel(), facts.samplesPerPixel(), "samples per pixel");
		assertEquals(fixture.frames(), image.frameCount(), "frames");
		assertEquals(facts, Decoding.decoder().facts(source), "the header alone gives the same facts");
		assertEquals(facts, Decoding.decoder().verify(source), "verify decodes it");

		int[] decoded = Decoding.samples(image);
		int[] reference = ImageFixtures.reference(fixture.file());
		assertEquals(reference.length, decoded.length, "number of samples");
		int different = Decoding.countDifferent(decoded, reference);
		if (fixture.tolerance() == 0) {
			assertEquals(0, different, "every sample equals " + fixture.reference() + "'s");
		} else {
			int max = Decoding.maxDifference(decoded, reference);
			assertTrue(max <= fixture.tolerance(), "lossy: differences to " + fixture.reference() + " up to "
					+ fixture.tolerance() + ", not " + max + " (" + different + " of " + decoded.length + " differ)");
			assertTrue(Decoding.meanDifference(decoded, reference) < 1, "on average less than 1 apart");
		}
	}

	@Test
	void sixteenBitImagesKeepTheirSixteenBits(@TempDir Path dir) throws Exception {
		DecodedImage png = Decoding.decoder().decode(Decoding.fixture("gray16.png", dir));
		assertEquals(16, png.frame(0).getSampleModel().getSampleSize(0));
		assertEquals(1601 * 3, png.frame(0).getSample(3, 0, 0), "a value above 255 stays as it is");
		DecodedImage tiff = Decoding.decoder().decode(Decoding.fixture("gray16.tif", dir));
		assertEquals(65535 & (1601 * 39 + 977 * 29), tiff.frame(0).getSample(39, 29, 0));
	}

	@Test
	void signedDicomValuesStaySigned(@TempDir Path dir) throws Exception {
		DecodedImage lossy = Decoding.decoder().decode(Decoding.fixture("JPEG2000_lossy.dcm", dir));
		int min = Integer.MAX_VALUE;
		for (int value : Decoding.samples(lossy)) {
			min = Math.min(min, value);
		}
		assertEquals(-30, min, 1, "negative stored values of a signed image");
	}

	/**
	 * The fixtures store a 12x8 picture with its red quarter top left and tag it with each EXIF orientation: the
	 * stored top left corner is shown where the orientation puts it.
	 */
	@Test
	void exifOrientationTurnsAndFlipsTheImage(@TempDir Path dir) throws Exception {
		String[] corner = { null, "top left", "top right", "bottom right", "bottom left", "top left", "top right",
				"bottom right", "bottom left" };
		for (int orientation = 1; orientation <= 8; orientation++) {
			DecodedImage image = Decoding.decoder().decode(Decoding.fixture("exif" + orientation + ".jpg", dir));
			assertEquals(orientation >= 5 ? 8 : 12, image.width(), "width of orientation " + orientation);
			int x = corner[orientation].endsWith("left") ? 1 : image.width() - 2;
			int y = corner[orientation].startsWith("top") ? 1 : image.height() - 2;
			int[] pixel = image.frame(0).getPixel(x, y, (int[]) null);
			assertTrue(pixel[0] > 200 && pixel[1] < 50 && pixel[2] < 50,
					"red is " + corner[orientation] + " with orientation " + orientation);
		}
	}
}
