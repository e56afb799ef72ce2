package org.labelbench.ml;

import java.util.List;
import java.util.function.IntFunction;

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
		ImageReading read = ImageReading.of(features.size(), count, sources, threads, monitor, (source, target, at) -> {
			features.featurize(source, target, at);
			return null;
		});
		return new FeatureBatch(read.images(), read.kept(), read.failures());
	}
}
