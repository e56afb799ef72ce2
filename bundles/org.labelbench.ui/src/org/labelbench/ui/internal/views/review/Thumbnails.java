package org.labelbench.ui.internal.views.review;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * Small pictures of image items, decoded off the UI thread with SWT's image loader: pixel data only, the UI thread
 * makes the image. Large images are first cut down to a few times the thumbnail size, then averaged, which keeps fine
 * lines visible at a fraction of the cost of averaging every pixel.
 */
final class Thumbnails {

	private static final int OVERSAMPLE = 4;
	private static final PaletteData RGB_PALETTE = new PaletteData(0xFF0000, 0xFF00, 0xFF);

	private Thumbnails() {
	}

	/**
	 * @return the image scaled to fit a square of {@code size} pixels, on white where it is transparent
	 * @throws IOException when the file cannot be read or is no image SWT can decode
	 */
	static ImageData read(InputStream in, int size) throws IOException {
		ImageData full;
		try {
			full = new ImageData(in);
		} catch (SWTException e) {
			throw new IOException(e.getMessage(), e);
		}
		return fit(full, size);
	}

	static ImageData fit(ImageData full, int size) {
		double scale = Math.min(1.0, (double) size / Math.max(full.width, full.height));
		int width = Math.max(1, (int) Math.round(full.width * scale));
		int height = Math.max(1, (int) Math.round(full.height * scale));
		int factor = Math.max(1, Math.min(OVERSAMPLE, Math.min(full.width / width, full.height / height)));
		ImageData sample = full.scaledTo(width * factor, height * factor);
		ImageData thumb = new ImageData(width, height, 24, RGB_PALETTE);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				thumb.setPixel(x, y, average(sample, x * factor, y * factor, factor));
			}
		}
		return thumb;
	}

	/** @return the mean colour of a square of pixels, composed over white */
	private static int average(ImageData data, int x0, int y0, int factor) {
		long r = 0;
		long g = 0;
		long b = 0;
		for (int y = y0; y < y0 + factor; y++) {
			for (int x = x0; x < x0 + factor; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				int alpha = data.alphaData != null || data.alpha != -1 ? data.getAlpha(x, y) : 255;
				r += (rgb.red * alpha + 255 * (255 - alpha)) / 255;
				g += (rgb.green * alpha + 255 * (255 - alpha)) / 255;
				b += (rgb.blue * alpha + 255 * (255 - alpha)) / 255;
			}
		}
		int n = factor * factor;
		return (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
	}
}
