package org.labelbench.ml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The queue order that serves look-alikes together: each cluster's items, nearest to its centre first, are cut into
 * groups of {@link #GROUP} items, which 4, 6 and 9 divide, so that grid tasks of any of those sizes fall inside one
 * group. The full groups of all clusters take turns in a seeded random order (labelers still see every kind of item
 * as they go, and the next training learns from all of them); each cluster's rest, its least typical items, comes
 * last.
 */
public final class TaskGroups {

	/** items of one cluster served one after the other: a multiple of every grid size (4, 6, 9) */
	public static final int GROUP = 36;

	private TaskGroups() {
	}

	/**
	 * @param cluster the cluster of each item
	 * @param distance each item's distance to its cluster's centre
	 * @return the indexes of the items in the order to serve them
	 */
	public static int[] order(int[] cluster, double[] distance, int clusters, long seed) {
		List<List<Integer>> members = new ArrayList<>();
		for (int c = 0; c < clusters; c++) {
			members.add(new ArrayList<>());
		}
		for (int i = 0; i < cluster.length; i++) {
			members.get(cluster[i]).add(i);
		}
		List<List<Integer>> full = new ArrayList<>();
		List<Integer> rest = new ArrayList<>();
		for (List<Integer> group : members) {
			group.sort(Comparator.comparingDouble(i -> distance[i]));
			int whole = group.size() / GROUP * GROUP;
			for (int from = 0; from < whole; from += GROUP) {
				full.add(group.subList(from, from + GROUP));
			}
			rest.addAll(group.subList(whole, group.size()));
		}
		Collections.shuffle(full, new Random(seed));
		int[] order = new int[cluster.length];
		int n = 0;
		for (List<Integer> group : full) {
			for (int i : group) {
				order[n++] = i;
			}
		}
		for (int i : rest) {
			order[n++] = i;
		}
		return order;
	}
}
