package org.labelbench.ml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.labelbench.imaging.ImageSource;

/**
 * Many images featurized at once on a bounded number of threads. An image that cannot be read is left out with its
 * reason; the others go on.
 *
 * @param images the images that could be read, in the order given
 * @param kept for each of them, its index in the list given
 * @param failures one line per image left out: its name and why
 */
public record FeatureBatch(ImageBatch images, int[] kept, List<String> failures) {

	/**
	 * @param sources opens image {@code i} of {@code count}
	 * @param monitor canceling it stops the work soon
	 * @throws OperationCanceledException when canceled
	 */
	public static FeatureBatch of(ImageFeatures features, int count, IntFunction<ImageSource> sources, int threads,
			IProgressMonitor monitor) {
		int stride = ImageBatch.stride(features.size());
		float[] values = new float[count * stride];
		String[] errors = new String[count];
		ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
		try {
			pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> {
				if (monitor.isCanceled()) {
					return;
				}
				ImageSource source = sources.apply(i);
				try {
					features.featurize(source, values, i * stride);
				} catch (IOException | RuntimeException e) {
					errors[i] = source.name() + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
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
		return compact(values, errors, features.size());
	}

	private static FeatureBatch compact(float[] values, String[] errors, int size) {
		int stride = ImageBatch.stride(size);
		List<String> failures = new ArrayList<>();
		int[] kept = new int[errors.length];
		int n = 0;
		for (int i = 0; i < errors.length; i++) {
			if (errors[i] != null) {
				failures.add(errors[i]);
			} else {
				System.arraycopy(values, i * stride, values, n * stride, stride);
				kept[n++] = i;
			}
		}
		float[] packed = n == errors.length ? values : java.util.Arrays.copyOf(values, n * stride);
		return new FeatureBatch(new ImageBatch(n, size, packed), java.util.Arrays.copyOf(kept, n), List.copyOf(failures));
	}
}
