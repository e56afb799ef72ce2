package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

/** Items put first in the queue (look-alikes grouped by ML assistance) are the next ones claimed, in that order. */
class QueueOrderTest {

	@TempDir
	Path workspace;

	@Test
	void itemsPutFirstAreClaimedNextInTheirOrderAndClaimedItemsKeepTheirPlace() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("grouped", "a")).id();
			ItemStoreTest.addItems(store, project, 200);
			ItemRecord claimed = store.items().claimTask(project, "ana", 1, ItemStoreTest.LEASE).get(0);
			List<ItemRecord> all = store.items().page(project, ItemState.UNLABELED, 0, 1000);
			// every third queued item, backwards, with the claimed one among them
			List<Long> wanted = new ArrayList<>();
			wanted.add(claimed.id());
			for (int i = all.size() - 1; i >= 0; i -= 3) {
				wanted.add(all.get(i).id());
			}
			long moved = store.items().putFirstInQueue(project, wanted.stream().mapToLong(Long::longValue).toArray());
			assertEquals(wanted.size() - 1, moved, "the claimed item is not moved");
			List<Long> served = new ArrayList<>();
			for (int t = 0; t < (wanted.size() - 1 + 8) / 9; t++) {
				store.items().claimTask(project, "ben", 9, ItemStoreTest.LEASE).forEach(i -> served.add(i.id()));
			}
			assertEquals(wanted.subList(1, wanted.size()), served.subList(0, wanted.size() - 1));
			store.items().skip(project, served.get(0), "ben");
			assertEquals(served.get(0), store.items().claimTask(project, "cy", 1, ItemStoreTest.LEASE).get(0).id(),
					"a skipped item goes back to its place at the head");
			assertEquals(200, store.items().counts(project).total());
		}
	}
}
