package org.labelbench.imaging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.Window;
import org.labelbench.imaging.Windowing;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.ImageFixtures.WindowReference;

/** Window/level follows DICOM PS3.3 C.11.2.1.2.1 and agrees with dcmtk's rendering. */
class WindowingTest {

	@TempDir
	Path temp;

	/** The linear VOI function as PS3.3 C.11.2.1.2.1 writes it, with ymin 0 and ymax 255, rounded. */
	static int formula(double x, double c, double w) {
		if (x <= c - 0.5 - (w - 1) / 2) {
			return 0;
		}
		if (x > c - 0.5 + (w - 1) / 2) {
			return 255;
		}
		return (int) Math.round(((x - (c - 0.5)) / (w - 1) + 0.5) * (255 - 0) + 0);
	}

	@Test
	void theLinearFunctionOfTheStandard() {
		double[][] windows = { { 40, 400 }, { 600, 1600 }, { -600, 1500 }, { 0.5, 2 }, { 10.25, 7.5 }, { 128, 256 } };
		for (double[] w : windows) {
			for (double x = -2000; x <= 2000; x += 0.25) {
				assertEquals(formula(x, w[0], w[1]), Windowing.apply(x, new Window(w[0], w[1])),
						"x=" + x + " window " + w[0] + "/" + w[1]);
			}
		}
		Window one = new Window(100, 1);
		assertEquals(0, Windowing.apply(99.5, one), "width 1 is a threshold at c - 0.5");
		assertEquals(255, Windowing.apply(99.6, one));
		assertThrows(IllegalArgumentException.class, () -> new Window(0, 0.5), "PS3.3: width at least 1");
		assertEquals(200, Windowing.apply(200, Window.identity8()), "the identity shows 8-bit values as they are");
	}

	@TestFactory
	Stream<DynamicTest> renderingsEqualTheFormulaAndDcmtk() {
		return ImageFixtures.windows().stream().map(r -> DynamicTest.dynamicTest(r.file() + " " + r.center() + "/"
				+ r.width(), () -> check(r)));
	}

	private void check(WindowReference reference) throws Exception {
		DecodedImage image = Decoding.decoder().decode(Decoding.fixture(reference.file(), temp));
		Window window = new Window(reference.center(), reference.width());
		BufferedImage rendered = Windowing.render(image, 0, window);
		assertEquals(BufferedImage.TYPE_BYTE_GRAY, rendered.getType());
		int[] levels = rendered.getRaster().getPixels(0, 0, image.width(), image.height(), (int[]) null);
		int[] stored = ImageFixtures.reference(reference.file());
		int[] dcmtk = new int[levels.length];
		for (int i = 0; i < levels.length; i++) {
			int level = formula(stored[i] * image.rescaleSlope() + image.rescaleIntercept(), window.center(),
					window.width());
			assertEquals(image.inverted() ? 255 - level : level, levels[i], "pixel " + i + ": the formula of PS3.3");
			dcmtk[i] = reference.levels()[i] & 0xff;
		}
		assertTrue(Decoding.maxDifference(levels, dcmtk) <= 1, "within 1 of dcmtk's dcm2pnm (it rounds otherwise)");
	}

	@Test
	void rescaleTurnsStoredValuesIntoHounsfieldUnits() throws Exception {
		DecodedImage ct = Decoding.decoder().decode(Decoding.fixture("CT_small.dcm", temp));
		assertEquals(-1024, ct.rescaleIntercept());
		int stored = ct.frame(0).getSample(64, 64, 0);
		assertEquals(stored - 1024, ct.modalityValue(stored));
		Window abdomen = Windowing.PRESETS.stream().filter(w -> w.name().equals("Abdomen")).findFirst().orElseThrow();
		assertEquals(formula(stored - 1024, 40, 400), Windowing.render(ct, 0, abdomen).getRaster().getSample(64, 64, 0));
	}

	@Test
	void monochromeOneShowsLowValuesWhite() throws Exception {
		DecodedImage image = Decoding.decoder().decode(Decoding.fixture("gray8_mono1.dcm", temp));
		assertTrue(image.inverted());
		assertEquals(0, image.frame(0).getSample(0, 0, 0));
		assertEquals(255, Windowing.render(image, 0, image.defaultWindow()).getRaster().getSample(0, 0, 0));
	}

	@Test
	void defaultWindows() throws Exception {
		assertEquals(new Window(600, 1600), Decoding.decoder().decode(Decoding.fixture("MR_small.dcm", temp))
				.defaultWindow(), "the file's window");
		DecodedImage multiframe = Decoding.decoder().decode(Decoding.fixture("multiframe.dcm", temp));
		assertEquals(new Window(2048, 4096, "FULL"), multiframe.defaultWindow());
		assertEquals(new Window(1000, 500, "NARROW"), multiframe.facts().windows().get(1));
		for (String file : new String[] { "JPEG2000_lossy.dcm", "gray16.png" }) {
			DecodedImage image = Decoding.decoder().decode(Decoding.fixture(file, temp));
			int[] values = Decoding.samples(image);
			int min = java.util.Arrays.stream(values).min().orElseThrow();
			int max = java.util.Arrays.stream(values).max().orElseThrow();
			Window full = image.defaultWindow();
			assertEquals(max - min + 1, full.width(), file + ": no window in the file, so the full range");
			assertEquals(0, Windowing.apply(min, full), file + ": the lowest value is black");
			assertEquals(255, Windowing.apply(max, full), file + ": the highest white");
		}
		assertEquals(Window.identity8(), Decoding.decoder().decode(Decoding.fixture("gray8.png", temp))
				.defaultWindow(), "8-bit images are shown as they are");
	}
}
