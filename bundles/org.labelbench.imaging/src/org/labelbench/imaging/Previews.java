package org.labelbench.imaging;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Scaled 8-bit renderings of a frame, for thumbnails and editors: grayscale through a window, colour as it is. Scaling
 * averages the source pixels each preview pixel covers, so thin lines and noise do not alias; previews are never
 * larger than the image.
 */
public final class Previews {

	private Previews() {
	}

	/** @return the size of a preview of an image of {@code width x height} that fits {@code maxWidth x maxHeight} */
	public static Dimension fit(int width, int height, int maxWidth, int maxHeight) {
		if (maxWidth < 1 || maxHeight < 1) {
			throw new IllegalArgumentException("a preview needs at least 1x1 pixels, not " + maxWidth + "x" + maxHeight);
		}
		double scale = Math.min(1, Math.min((double) maxWidth / width, (double) maxHeight / height));
		return new Dimension(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
	}

	/**
	 * Renders a frame to fit a box, keeping its aspect ratio.
	 *
	 * @param window for grayscale images; ignored for colour ones
	 * @return {@link BufferedImage#TYPE_BYTE_GRAY} for grayscale images, {@link BufferedImage#TYPE_INT_RGB} for colour
	 */
	public static BufferedImage render(DecodedImage image, int frame, Window window, int maxWidth, int maxHeight) {
		BufferedImage full = image.grayscale() ? Windowing.render(image, frame, window) : rgb(image.frame(frame));
		Dimension size = fit(full.getWidth(), full.getHeight(), maxWidth, maxHeight);
		if (size.width == full.getWidth() && size.height == full.getHeight()) {
			return full;
		}
		BufferedImage scaled = new BufferedImage(size.width, size.height, full.getType());
		areaAverage(full.getRaster(), scaled.getRaster());
		return scaled;
	}

	/** @return a colour frame as 8-bit RGB; deeper samples keep their 8 most significant bits */
	static BufferedImage rgb(Raster raster) {
		int width = raster.getWidth();
		int height = raster.getHeight();
		int bands = raster.getNumBands();
		int shift = Math.max(0, raster.getSampleModel().getSampleSize(0) - 8);
		BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		int[] samples = new int[width * bands];
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, samples);
			for (int x = 0, i = 0; x < width; x++, i += bands) {
				row[x] = (samples[i] >> shift) << 16 | (samples[i + 1] >> shift) << 8 | samples[i + 2] >> shift;
			}
			rgb.getRaster().setDataElements(0, y, width, 1, row);
		}
		return rgb;
	}

	/** Each target pixel is the mean of the source pixels whose centres fall into its footprint. */
	private static void areaAverage(Raster source, WritableRaster target) {
		int sw = source.getWidth();
		int sh = source.getHeight();
		int tw = target.getWidth();
		int th = target.getHeight();
		int bands = source.getNumBands();
		long[] sums = new long[tw * bands];
		int[] counts = new int[tw];
		int[] row = new int[sw * bands];
		int[] out = new int[tw * bands];
		int[] columns = new int[sw];
		for (int sx = 0; sx < sw; sx++) {
			columns[sx] = (int) ((long) sx * tw / sw);
		}
		int sy = 0;
		for (int ty = 0; ty < th; ty++) {
			java.util.Arrays.fill(sums, 0);
			java.util.Arrays.fill(counts, 0);
			int syEnd = Math.max(sy + 1, (int) ((long) (ty + 1) * sh / th));
			for (; sy < syEnd; sy++) {
				source.getPixels(0, sy, sw, 1, row);
				for (int sx = 0, i = 0; sx < sw; sx++) {
					int tx = columns[sx];
					counts[tx]++;
					for (int b = 0, t = tx * bands; b < bands; b++) {
						sums[t + b] += row[i++];
					}
				}
			}
			for (int i = 0; i < out.length; i++) {
				int count = counts[i / bands];
				out[i] = (int) ((sums[i] + count / 2) / count);
			}
			target.setPixels(0, ty, tw, 1, out);
		}
	}
}
