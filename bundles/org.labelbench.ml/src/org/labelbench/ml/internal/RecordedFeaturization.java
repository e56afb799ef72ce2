package org.labelbench.ml.internal;

import java.util.Locale;
import java.util.function.Supplier;

import org.labelbench.ml.FeatureBatch;
import org.labelbench.model.MlRunKind;
import org.labelbench.store.MlRunRepository;

/**
 * A featurization recorded as a run of its own, like trainings: the images read, decoded and scaled, how fast, and
 * those left out as unreadable. Featurization is Java code on the CPU, whatever device the network uses.
 */
final class RecordedFeaturization {

	static final String CPU = "cpu()";

	private RecordedFeaturization() {
	}

	static FeatureBatch of(MlRunRepository runs, long projectId, int threads, Supplier<FeatureBatch> featurize) {
		RunLog run = RunLog.start(runs, projectId, MlRunKind.FEATURIZATION);
		try {
			long start = System.nanoTime();
			FeatureBatch batch = featurize.get();
			double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
			int read = batch.images().count();
			run.items(read).device(CPU)
					.message(String.format(Locale.ROOT, "%d x %d input, %d threads", batch.images().size(),
							batch.images().size(), threads) + MlAssistService.left(batch))
					.metric("imagesPerSecond", (read + batch.failures().size()) / seconds, null)
					.metric("unreadable", batch.failures().size(), null).succeeded();
			return batch;
		} catch (RuntimeException e) {
			throw run.ended(e);
		}
	}
}
