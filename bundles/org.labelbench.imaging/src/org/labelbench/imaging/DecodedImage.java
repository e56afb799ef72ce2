package org.labelbench.imaging;

import java.awt.image.Raster;
import java.util.function.IntFunction;

/**
 * A decoded image: its facts and its frames at full depth. Grayscale frames hold the stored values (16-bit PNG and
 * TIFF keep their 16 bits; DICOM keeps stored values before rescale, signed ones in a {@code TYPE_SHORT} raster);
 * colour frames hold R, G, B in bands 0 to 2, already oriented (EXIF) and converted (palette, CMYK, YBR). Frames
 * are as displayed: pixel (x, y) of a frame is the point (x, y) a box or polygon refers to.
 */
public final class DecodedImage {

	private final ImageFacts facts;
	private final IntFunction<Raster> frames;
	private final double slope;
	private final double intercept;
	private final boolean inverted;

	/**
	 * @param frames gives frame {@code i}, 0-based; called again for each request, so it should be cheap
	 * @param slope the rescale slope from stored to modality values (1 when the format has none)
	 * @param intercept the rescale intercept
	 * @param inverted whether low values are displayed white (DICOM MONOCHROME1)
	 */
	public DecodedImage(ImageFacts facts, IntFunction<Raster> frames, double slope, double intercept,
			boolean inverted) {
		this.facts = facts;
		this.frames = frames;
		this.slope = slope;
		this.intercept = intercept;
		this.inverted = inverted;
	}

	public ImageFacts facts() {
		return facts;
	}

	public int width() {
		return facts.width();
	}

	public int height() {
		return facts.height();
	}

	public int frameCount() {
		return facts.frames();
	}

	public boolean grayscale() {
		return facts.grayscale();
	}

	/** @return the samples of a frame, 0-based (editors show frame 0 first) */
	public Raster frame(int index) {
		if (index < 0 || index >= facts.frames()) {
			throw new IndexOutOfBoundsException("frame " + index + " of an image with " + facts.frames() + " frames");
		}
		return frames.apply(index);
	}

	public double rescaleSlope() {
		return slope;
	}

	public double rescaleIntercept() {
		return intercept;
	}

	/** @return a stored value as a modality value (for CT: Hounsfield units) */
	public double modalityValue(int stored) {
		return stored * slope + intercept;
	}

	/** @return whether the lowest values are displayed white (MONOCHROME1) */
	public boolean inverted() {
		return inverted;
	}

	/**
	 * @return the window an image opens with: the file's first window; else, for data of up to 8 bits without
	 *         rescale, the whole range of its bit depth (8-bit values unchanged); else the full range of modality
	 *         values of frame 0. Colour images are not windowed: for them it is the identity.
	 */
	public Window defaultWindow() {
		if (!grayscale()) {
			return Window.identity8();
		}
		if (facts.fileWindow().isPresent()) {
			return facts.fileWindow().get();
		}
		if (facts.bitDepth() <= 8 && slope == 1 && intercept == 0) {
			return Window.spanning(0, (1 << facts.bitDepth()) - 1);
		}
		return fullRange(0);
	}

	/** @return the narrowest window spanning every modality value of a frame */
	public Window fullRange(int frame) {
		Raster raster = frame(frame);
		int min = Integer.MAX_VALUE;
		int max = Integer.MIN_VALUE;
		int[] row = new int[raster.getWidth()];
		for (int y = 0; y < raster.getHeight(); y++) {
			raster.getSamples(raster.getMinX(), raster.getMinY() + y, raster.getWidth(), 1, 0, row);
			for (int value : row) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		double a = modalityValue(min);
		double b = modalityValue(max);
		return Window.spanning(Math.min(a, b), Math.max(a, b));
	}
}
