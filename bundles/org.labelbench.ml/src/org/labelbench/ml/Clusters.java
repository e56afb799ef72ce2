package org.labelbench.ml;

import java.util.Arrays;
import java.util.Random;

/**
 * Groups of look-alike items by k-means on their embeddings, scaled to unit length first so that the angle between
 * two embeddings decides, not their size. Seeded k-means++ starts, then Lloyd steps until nothing moves.
 *
 * @param centroids {@code k x dimension} values, cluster by cluster
 */
public record Clusters(int k, int dimension, float[] centroids) {

	private static final int MAX_STEPS = 30;

	/**
	 * @param vectors {@code n x dimension} embeddings, scaled to unit length ({@link #normalize}); at least one
	 * @param k the number of clusters wanted; fewer when there are fewer vectors
	 */
	public static Clusters fit(float[] vectors, int dimension, int k, long seed) {
		int n = vectors.length / dimension;
		if (n == 0) {
			throw new IllegalArgumentException("no vectors to cluster");
		}
		Clusters clusters = new Clusters(Math.min(k, n), dimension, start(vectors, dimension, Math.min(k, n), seed));
		int[] assigned = new int[n];
		Arrays.fill(assigned, -1);
		for (int step = 0; step < MAX_STEPS; step++) {
			boolean moved = false;
			for (int i = 0; i < n; i++) {
				int nearest = clusters.nearest(vectors, i * dimension);
				moved |= nearest != assigned[i];
				assigned[i] = nearest;
			}
			if (!moved) {
				break;
			}
			clusters.recenter(vectors, assigned);
		}
		return clusters;
	}

	/** Scales each of the {@code n x dimension} vectors to unit length (a zero vector stays zero). */
	public static void normalize(float[] vectors, int dimension) {
		for (int from = 0; from < vectors.length; from += dimension) {
			double squares = 0;
			for (int j = from; j < from + dimension; j++) {
				squares += vectors[j] * vectors[j];
			}
			float norm = (float) Math.sqrt(squares);
			if (norm > 0) {
				for (int j = from; j < from + dimension; j++) {
					vectors[j] /= norm;
				}
			}
		}
	}

	/** @return the cluster nearest to the vector at {@code offset} */
	public int nearest(float[] vectors, int offset) {
		int best = 0;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int c = 0; c < k; c++) {
			double d = distance(vectors, offset, centroids, c * dimension, dimension);
			if (d < bestDistance) {
				bestDistance = d;
				best = c;
			}
		}
		return best;
	}

	/** @return the squared distance from the vector at {@code offset} to the centroid of cluster {@code c} */
	public double distance(float[] vectors, int offset, int c) {
		return distance(vectors, offset, centroids, c * dimension, dimension);
	}

	private void recenter(float[] vectors, int[] assigned) {
		double[] sums = new double[k * dimension];
		int[] counts = new int[k];
		for (int i = 0; i < assigned.length; i++) {
			counts[assigned[i]]++;
			for (int j = 0; j < dimension; j++) {
				sums[assigned[i] * dimension + j] += vectors[i * dimension + j];
			}
		}
		for (int c = 0; c < k; c++) {
			if (counts[c] > 0) { // an emptied cluster keeps its centroid
				for (int j = 0; j < dimension; j++) {
					centroids[c * dimension + j] = (float) (sums[c * dimension + j] / counts[c]);
				}
			}
		}
	}

	/** k-means++: each next centroid is a vector drawn with a chance growing with its distance to those chosen. */
	private static float[] start(float[] vectors, int dimension, int k, long seed) {
		int n = vectors.length / dimension;
		Random random = new Random(seed);
		float[] centroids = new float[k * dimension];
		System.arraycopy(vectors, random.nextInt(n) * dimension, centroids, 0, dimension);
		double[] nearest = new double[n];
		Arrays.fill(nearest, Double.POSITIVE_INFINITY);
		for (int c = 1; c < k; c++) {
			double total = 0;
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], distance(vectors, i * dimension, centroids, (c - 1) * dimension,
						dimension));
				total += nearest[i];
			}
			int chosen = n - 1;
			double target = random.nextDouble() * total;
			for (int i = 0; i < n; i++) {
				target -= nearest[i];
				if (target < 0) {
					chosen = i;
					break;
				}
			}
			System.arraycopy(vectors, chosen * dimension, centroids, c * dimension, dimension);
		}
		return centroids;
	}

	private static double distance(float[] a, int offsetA, float[] b, int offsetB, int dimension) {
		double sum = 0;
		for (int j = 0; j < dimension; j++) {
			double d = a[offsetA + j] - b[offsetB + j];
			sum += d * d;
		}
		return sum;
	}
}
