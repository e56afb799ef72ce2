package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.core.Workspace;
import org.labelbench.ml.Clusters;
import org.labelbench.ml.TaskGroups;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemStore;
import org.labelbench.store.ProjectRecord;

/**
 * Groups a project's unlabeled items into look-alikes and orders its queue so that tasks serve them together: the
 * items are embedded page by page by the kept classifier, k-means is fitted on the first {@link #SAMPLE} embeddings
 * and assigns the rest as they come (the memory stays bounded at millions of items), and {@link TaskGroups} gives the
 * order the store puts them in.
 */
final class QueueClusterer {

	/** the most embeddings k-means is fitted on */
	static final int SAMPLE = 20_000;
	private static final int PAGE = 256;

	/** Embeds a page of items; the ones that cannot be read are left out with the reason. */
	@FunctionalInterface
	interface Embedder {
		Embedded embed(List<ItemRecord> items, IProgressMonitor monitor);
	}

	/** @param kept for each embedding, the index of its item in the page given */
	record Embedded(int[] kept, float[] vectors, List<String> failures) {
	}

	/** What a grouping did. */
	record Result(long embedded, int clusters, long moved, List<String> failures) {
		String failureNote() {
			return failures.isEmpty() ? ""
					: "; left out " + failures.size() + " unreadable: " + failures.get(0)
							+ (failures.size() > 1 ? " ..." : "");
		}
	}

	private final Workspace workspace;
	private final ProjectRecord record;
	private final int dimension;
	private final Embedder embedder;
	private final long seed;

	QueueClusterer(Workspace workspace, ProjectRecord record, int dimension, Embedder embedder, long seed) {
		this.workspace = workspace;
		this.record = record;
		this.dimension = dimension;
		this.embedder = embedder;
		this.seed = seed;
	}

	/** @return the number of clusters for so many items: two per class, each of a few task groups at least */
	static int clusters(int classes, long items) {
		return (int) Math.max(1, Math.min(2L * classes, items / (2 * TaskGroups.GROUP)));
	}

	Result run(int classes, IProgressMonitor monitor) {
		ItemStore items = workspace.store().items();
		long unlabeled = items.counts(record.id()).unlabeled();
		int k = clusters(classes, unlabeled);
		SubMonitor progress = SubMonitor.convert(monitor, "Grouping look-alikes in " + record.project().getName(),
				(int) Math.max(1, (unlabeled + PAGE - 1) / PAGE) + 1);
		Assignments assigned = new Assignments();
		float[] sample = new float[0];
		long[] sampleIds = new long[0];
		Clusters clusters = null;
		List<String> failures = new ArrayList<>();
		long after = 0;
		for (List<ItemRecord> page = items.page(record.id(), ItemState.UNLABELED, after, PAGE); !page.isEmpty();
				page = items.page(record.id(), ItemState.UNLABELED, after, PAGE)) {
			after = page.get(page.size() - 1).id();
			Embedded embedded = embedder.embed(page, progress.split(1));
			failures.addAll(embedded.failures());
			Clusters.normalize(embedded.vectors(), dimension);
			long[] ids = new long[embedded.kept().length];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = page.get(embedded.kept()[i]).id();
			}
			if (clusters != null) {
				assigned.add(clusters, embedded.vectors(), ids, dimension);
			} else {
				sample = concat(sample, embedded.vectors());
				sampleIds = concat(sampleIds, ids);
				if (sampleIds.length >= SAMPLE) {
					clusters = Clusters.fit(sample, dimension, k, seed);
					assigned.add(clusters, sample, sampleIds, dimension);
				}
			}
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		if (clusters == null && sampleIds.length > 0) {
			clusters = Clusters.fit(sample, dimension, k, seed);
			assigned.add(clusters, sample, sampleIds, dimension);
		}
		if (clusters == null) {
			return new Result(0, 0, 0, failures);
		}
		int[] order = TaskGroups.order(assigned.clusters(), assigned.distances(), clusters.k(), seed);
		long[] ids = assigned.ids();
		long moved = items.putFirstInQueue(record.id(), Arrays.stream(order).mapToLong(i -> ids[i]).toArray());
		progress.worked(1);
		return new Result(ids.length, clusters.k(), moved, failures);
	}

	private static float[] concat(float[] a, float[] b) {
		float[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static long[] concat(long[] a, long[] b) {
		long[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	/** The cluster of each item embedded so far and its distance to the cluster's centre, in growing arrays. */
	private static final class Assignments {
		private long[] ids = new long[1024];
		private int[] clusters = new int[1024];
		private double[] distances = new double[1024];
		private int n;

		void add(Clusters fitted, float[] vectors, long[] itemIds, int dimension) {
			for (int i = 0; i < itemIds.length; i++) {
				if (n == ids.length) {
					ids = Arrays.copyOf(ids, 2 * n);
					clusters = Arrays.copyOf(clusters, 2 * n);
					distances = Arrays.copyOf(distances, 2 * n);
				}
				int c = fitted.nearest(vectors, i * dimension);
				ids[n] = itemIds[i];
				clusters[n] = c;
				distances[n] = fitted.distance(vectors, i * dimension, c);
				n++;
			}
		}

		long[] ids() {
			return Arrays.copyOf(ids, n);
		}

		int[] clusters() {
			return Arrays.copyOf(clusters, n);
		}

		double[] distances() {
			return Arrays.copyOf(distances, n);
		}
	}
}
