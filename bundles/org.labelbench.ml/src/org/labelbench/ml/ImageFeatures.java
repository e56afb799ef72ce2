package org.labelbench.ml;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;

import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.imaging.Previews;

/**
 * Turns images into network input: decoded by the imaging bundle (every format Labelbench reads, DICOM through its
 * default window, grayscale as three equal channels), reduced while decoding where the format allows, scaled to a
 * square of {@link #size()} pixels (the aspect ratio is not kept: the network sees the whole image), and standardized
 * per image ({@link #toInput}), which takes out the brightness and the background colour. Thread-safe.
 */
public final class ImageFeatures {

	/** the side of the square images the project classifiers take */
	public static final int INPUT_SIZE = 64;

	private final ImageDecoder decoder;
	private final int size;

	public ImageFeatures(ImageDecoder decoder, int size) {
		this.decoder = decoder;
		this.size = size;
	}

	public int size() {
		return size;
	}

	/**
	 * Writes one image's input values into {@code target} from {@code offset} ({@link ImageBatch#stride(int)} values).
	 *
	 * @throws IOException when the image cannot be read or decoded, with the reason
	 */
	public void featurize(ImageSource source, float[] target, int offset) throws IOException {
		DecodedImage image;
		try {
			image = decoder.decode(source, size, size);
		} catch (ImageDecodeException e) {
			throw new IOException(source.name() + ": " + e.getMessage(), e);
		}
		BufferedImage picture = Previews.render(image, 0, image.defaultWindow(), size, size);
		toInput(square(picture, size), target, offset);
	}

	/** @return the image stretched to {@code size x size} RGB pixels */
	static BufferedImage square(BufferedImage picture, int size) {
		if (picture.getWidth() == size && picture.getHeight() == size
				&& picture.getType() == BufferedImage.TYPE_INT_RGB) {
			return picture;
		}
		BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = square.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(picture, 0, 0, size, size, null);
		g.dispose();
		return square;
	}

	/**
	 * Channel-major values of an RGB image, standardized: each channel's mean taken out (the background colour), all
	 * three divided by one deviation, so that a channel where the picture barely differs stays small instead of being
	 * blown up to noise.
	 */
	public static void toInput(BufferedImage rgb, float[] target, int offset) {
		int width = rgb.getWidth();
		int plane = width * rgb.getHeight();
		int[] pixels = rgb.getRGB(0, 0, width, rgb.getHeight(), null, 0, width);
		for (int i = 0; i < plane; i++) {
			target[offset + i] = (pixels[i] >> 16) & 255;
			target[offset + plane + i] = (pixels[i] >> 8) & 255;
			target[offset + 2 * plane + i] = pixels[i] & 255;
		}
		double squares = 0;
		for (int c = 0; c < 3; c++) {
			squares += center(target, offset + c * plane, plane);
		}
		// + 1 keeps a flat image (one colour) at zero instead of amplifying its noise
		float deviation = (float) (Math.sqrt(squares / (3 * plane)) + 1);
		for (int i = offset; i < offset + 3 * plane; i++) {
			target[i] /= deviation;
		}
	}

	/** Takes the mean out of {@code length} values; @return the sum of their squares after */
	private static double center(float[] values, int from, int length) {
		double sum = 0;
		for (int i = from; i < from + length; i++) {
			sum += values[i];
		}
		float mean = (float) (sum / length);
		double squares = 0;
		for (int i = from; i < from + length; i++) {
			values[i] -= mean;
			squares += values[i] * values[i];
		}
		return squares;
	}
}
