package org.labelbench.imaging.tests;

import java.awt.image.Raster;
import java.nio.file.Path;

import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.testsupport.ImageFixtures;
import org.labelbench.testsupport.OsgiServices;

/** The decoder as the running framework provides it, and helpers to compare pixels. */
final class Decoding {

	private Decoding() {
	}

	static ImageDecoder decoder() throws InterruptedException {
		return OsgiServices.get(ImageDecoder.class);
	}

	static ImageSource fixture(String file, Path folder) throws Exception {
		return ImageSource.of(ImageFixtures.copy(file, folder));
	}

	/** @return every frame's samples, row by row, the samples of a pixel together, as the references hold them */
	static int[] samples(DecodedImage image) {
		int perFrame = image.width() * image.height() * image.facts().samplesPerPixel();
		int[] all = new int[perFrame * image.frameCount()];
		for (int f = 0; f < image.frameCount(); f++) {
			Raster frame = image.frame(f);
			int[] values = frame.getPixels(frame.getMinX(), frame.getMinY(), frame.getWidth(), frame.getHeight(),
					(int[]) null);
			System.arraycopy(values, 0, all, f * perFrame, perFrame);
		}
		return all;
	}

	static int maxDifference(int[] a, int[] b) {
		int max = 0;
		for (int i = 0; i < a.length; i++) {
			max = Math.max(max, Math.abs(a[i] - b[i]));
		}
		return max;
	}

	static double meanDifference(int[] a, int[] b) {
		long sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += Math.abs(a[i] - b[i]);
		}
		return (double) sum / a.length;
	}

	static int countDifferent(int[] a, int[] b) {
		int n = 0;
		for (int i = 0; i < a.length; i++) {
			n += a[i] != b[i] ? 1 : 0;
		}
		return n;
	}
}
