package org.labelbench.ml;

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
import org.labelbench.imaging.ImageSource;

/**
 * Reads many images into network input at once on a bounded number of threads, for {@link FeatureBatch} and
 * {@link DetectionImages}. An image that cannot be read is left out with its reason; the others go on.
 *
 * @param images the images that could be read, in the order given
 * @param kept for each of them, its index in the list given
 * @param extras for each of them, what the reader returned for it
 * @param failures one line per image left out: its name and why
 */
record ImageReading(ImageBatch images, int[] kept, int[][] extras, List<String> failures) {

	/** Writes one image's input from {@code offset}; @return what the caller keeps of it besides (may be null) */
	@FunctionalInterface
	interface Reader {
		int[] read(ImageSource source, float[] target, int offset) throws IOException;
	}

	/**
	 * @param size the side of the square input
	 * @param sources opens image {@code i} of {@code count}
	 * @param monitor canceling it stops the work soon
	 * @throws OperationCanceledException when canceled
	 */
	static ImageReading of(int size, int count, IntFunction<ImageSource> sources, int threads,
			IProgressMonitor monitor, Reader reader) {
		int stride = ImageBatch.stride(size);
		float[] values = new float[count * stride];
		int[][] extras = new int[count][];
		String[] errors = new String[count];
		ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
		try {
			pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> {
				if (monitor.isCanceled()) {
					return;
				}
				ImageSource source = sources.apply(i);
				try {
					extras[i] = reader.read(source, values, i * stride);
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
		return compact(values, extras, errors, size);
	}

	private static ImageReading compact(float[] values, int[][] extras, String[] errors, int size) {
		int stride = ImageBatch.stride(size);
		List<String> failures = new ArrayList<>();
		int[] kept = new int[errors.length];
		int[][] keptExtras = new int[errors.length][];
		int n = 0;
		for (int i = 0; i < errors.length; i++) {
			if (errors[i] != null) {
				failures.add(errors[i]);
			} else {
				System.arraycopy(values, i * stride, values, n * stride, stride);
				keptExtras[n] = extras[i];
				kept[n++] = i;
			}
		}
		float[] packed = n == errors.length ? values : Arrays.copyOf(values, n * stride);
		return new ImageReading(new ImageBatch(n, size, packed), Arrays.copyOf(kept, n), Arrays.copyOf(keptExtras, n),
				List.copyOf(failures));
	}
}
