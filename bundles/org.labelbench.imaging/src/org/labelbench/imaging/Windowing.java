package org.labelbench.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.List;

/**
 * Window/level: the linear VOI function of DICOM PS3.3 C.11.2.1.2.1 from modality values to 8-bit gray levels,
 * rounded to the nearest level, with MONOCHROME1 displayed inverted.
 */
public final class Windowing {

	/** Common CT windows in Hounsfield units (center/width). */
	public static final List<Window> PRESETS = List.of(
			new Window(40, 80, "Brain"),
			new Window(75, 215, "Subdural"),
			new Window(40, 400, "Abdomen"),
			new Window(30, 150, "Liver"),
			new Window(50, 350, "Mediastinum"),
			new Window(-600, 1500, "Lung"),
			new Window(400, 1800, "Bone"));

	private Windowing() {
	}

	/**
	 * The linear VOI function: {@code x <= c - 0.5 - (w-1)/2} gives 0, {@code x > c - 0.5 + (w-1)/2} gives 255, and
	 * between {@code ((x - (c - 0.5)) / (w-1) + 0.5) * 255}, rounded.
	 *
	 * @param x a modality value
	 * @return the gray level, 0 to 255
	 */
	public static int apply(double x, Window window) {
		double c = window.center() - 0.5;
		double half = (window.width() - 1) / 2;
		if (x <= c - half) {
			return 0;
		}
		if (x > c + half) {
			return 255;
		}
		// width 1 leaves no room between the two cases above
		return (int) Math.floor(((x - c) / (window.width() - 1) + 0.5) * 255 + 0.5);
	}

	/**
	 * Windows a grayscale frame.
	 *
	 * @return an 8-bit gray image of the frame's size ({@link BufferedImage#TYPE_BYTE_GRAY})
	 * @throws IllegalArgumentException for a colour image
	 */
	public static BufferedImage render(DecodedImage image, int frame, Window window) {
		if (!image.grayscale()) {
			throw new IllegalArgumentException("window/level applies to grayscale images; this one is colour");
		}
		Raster raster = image.frame(frame);
		int width = raster.getWidth();
		int height = raster.getHeight();
		BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster out = gray.getRaster();
		int[] row = new int[width];
		Lut lut = Lut.of(raster, image, window);
		for (int y = 0; y < height; y++) {
			raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
			for (int x = 0; x < width; x++) {
				row[x] = lut.level(row[x]);
			}
			out.setSamples(0, y, width, 1, 0, row);
		}
		return gray;
	}

	/** Gray levels of every stored value an integer raster can hold, computed once per rendering. */
	private record Lut(int offset, byte[] levels, DecodedImage image, Window window) {

		static Lut of(Raster raster, DecodedImage image, Window window) {
			int type = raster.getTransferType();
			int bits = raster.getSampleModel().getSampleSize(0);
			if (type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT || type == DataBuffer.TYPE_SHORT) {
				int offset = type == DataBuffer.TYPE_SHORT ? -(1 << (bits - 1)) : 0;
				byte[] levels = new byte[1 << bits];
				for (int i = 0; i < levels.length; i++) {
					levels[i] = (byte) Windowing.level(image, window, i + offset);
				}
				return new Lut(offset, levels, image, window);
			}
			return new Lut(0, null, image, window);
		}

		int level(int stored) {
			int index = stored - offset;
			return levels != null && index >= 0 && index < levels.length ? levels[index] & 0xff
					: Windowing.level(image, window, stored);
		}
	}

	private static int level(DecodedImage image, Window window, int stored) {
		int level = apply(image.modalityValue(stored), window);
		return image.inverted() ? 255 - level : level;
	}
}
