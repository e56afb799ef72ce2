package org.labelbench.ml;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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
		int stride = ImageBatch.stride(size);
		float[] values = new float[count * stride];
		int[][] sizes = new int[count][];
		String[] errors = new String[count];
		ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
		try {
			pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> {
				if (!monitor.isCanceled()) {
					ImageSource source = sources.apply(i);
					try {
						sizes[i] = input(decoder, source, size, values, i * stride);
					} catch (IOException | RuntimeException e) {
						errors[i] = source.name() + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
					}
				}
			})).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
		}
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		return compact(values, sizes, errors, size);
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

	private static DetectionImages compact(float[] values, int[][] sizes, String[] errors, int size) {
		int stride = ImageBatch.stride(size);
		List<String> failures = new ArrayList<>();
		int[] kept = new int[errors.length];
		int[] widths = new int[errors.length];
		int[] heights = new int[errors.length];
		int n = 0;
		for (int i = 0; i < errors.length; i++) {
			if (errors[i] != null) {
				failures.add(errors[i]);
			} else {
				System.arraycopy(values, i * stride, values, n * stride, stride);
				widths[n] = sizes[i][0];
				heights[n] = sizes[i][1];
				kept[n++] = i;
			}
		}
		float[] packed = n == errors.length ? values : Arrays.copyOf(values, n * stride);
		return new DetectionImages(new ImageBatch(n, size, packed), Arrays.copyOf(kept, n), Arrays.copyOf(widths, n),
				Arrays.copyOf(heights, n), List.copyOf(failures));
	}
}
