package org.labelbench.ml;

/**
 * Images as a network takes them: {@code count} square images of {@code size x size} pixels, three channels each,
 * channel-major (all red values, then green, then blue), each channel standardized per image (see
 * {@link ImageFeatures}).
 */
public record ImageBatch(int count, int size, float[] pixels) {

	public ImageBatch {
		if (pixels.length != count * stride(size)) {
			throw new IllegalArgumentException(count + " images of " + size + "x" + size + " need "
					+ count * stride(size) + " values, not " + pixels.length);
		}
	}

	/** @return the number of values of one image of this size */
	public static int stride(int size) {
		return 3 * size * size;
	}

	/** @return the images {@code from} (inclusive) to {@code to} (exclusive) as a batch of their own */
	public ImageBatch slice(int from, int to) {
		float[] part = new float[(to - from) * stride(size)];
		System.arraycopy(pixels, from * stride(size), part, 0, part.length);
		return new ImageBatch(to - from, size, part);
	}
}
