package org.labelbench.ml;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.imaging.DecodedImage;
import org.labelbench.imaging.ImageDecodeException;
import org.labelbench.imaging.ImageDecoder;
import org.labelbench.imaging.ImageSource;
import org.labelbench.imaging.Previews;

/**
 * Many images made into detector input at once, as {@link FeatureBatch} does for classifiers, each with its size as
 * displayed, which the boxes' pixels refer to. An image that cannot be read is left out with its reason.
 *
 * @param images the images that could be read, in the order given
 * @param kept for each of them, its index in the list given
 * @param widths for each of them, its width in pixels
 * @param heights for each of them, its height in pixels
 * @param failures one line per image left out: its name and why
 */
public record DetectionImages(ImageBatch images, int[] kept, int[] widths, int[] heights, List<String> failures) {

	/**
	 * @param size the side of the square input
	 * @param sources opens image {@code i} of {@code count}
	 * @throws OperationCanceledException when canceled
	 */
	public static DetectionImages of(ImageDecoder decoder, int size, int count, IntFunction<ImageSource> sources,
			int threads, IProgressMonitor monitor) {
		ImageReading read = ImageReading.of(size, count, sources, threads, monitor,
				(source, target, at) -> input(decoder, source, size, target, at));
		int[] widths = Arrays.stream(read.extras()).mapToInt(wh -> wh[0]).toArray();
		int[] heights = Arrays.stream(read.extras()).mapToInt(wh -> wh[1]).toArray();
		return new DetectionImages(read.images(), read.kept(), widths, heights, read.failures());
	}

	/** Writes one image's input as {@link ImageFeatures} does; @return its width and height */
	private static int[] input(ImageDecoder decoder, ImageSource source, int size, float[] target, int offset)
			throws IOException {
		DecodedImage image;
		try {
			image = decoder.decode(source, size, size);
		} catch (ImageDecodeException e) {
			throw new IOException(source.name() + ": " + e.getMessage(), e);
		}
		BufferedImage picture = Previews.render(image, 0, image.defaultWindow(), size, size);
		ImageFeatures.toInput(ImageFeatures.square(picture, size), target, offset);
		return new int[] { image.width(), image.height() };
	}
}
