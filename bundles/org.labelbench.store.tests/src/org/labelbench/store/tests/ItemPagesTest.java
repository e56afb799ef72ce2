package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.model.ItemEventKind;
import org.labelbench.model.ItemState;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.Store;
import org.labelbench.store.StoreLocation;

/** Paging a project's items as the data review filters them: every state, or the skipped or rejected ones. */
class ItemPagesTest {

	@TempDir
	Path workspace;

	@Test
	void itemsArePagedByStateAndByWhatReturnedThemToTheQueue() throws Exception {
		try (Store store = Stores.factory().open(StoreLocation.workspace(workspace))) {
			long project = store.projects().create(Stores.project("birds", "owl")).id();
			ItemStoreTest.addItems(store, project, 10);
			List<ItemRecord> all = store.items().page(project, null, null, 0, 100);
			assertEquals(10, all.size());
			store.items().skip(project, all.get(2).id(), "ann");
			store.items().reject(project, all.get(5).id(), "rob", "blurry");
			store.items().reject(project, all.get(7).id(), "rob", "wrong class");

			assertEquals(List.of(all.get(5).id(), all.get(7).id()),
					ids(store.items().page(project, ItemState.UNLABELED, ItemEventKind.REJECT, 0, 100)));
			assertEquals(List.of(all.get(2).id()),
					ids(store.items().page(project, ItemState.UNLABELED, ItemEventKind.SKIP, 0, 100)));
			assertEquals(List.of(all.get(7).id()),
					ids(store.items().page(project, null, ItemEventKind.REJECT, all.get(5).id(), 100)),
					"the next page starts after the last id of the one before");
			assertEquals(ids(all.subList(3, 6)), ids(store.items().page(project, null, null, all.get(2).id(), 3)));
			List<ItemRecord> first = store.items().page(project, null, null, 0, 3);
			assertEquals(null, first.get(0).lastEvent(), "an item never skipped or rejected has no last event");
			assertEquals(ItemEventKind.SKIP, first.get(2).lastEvent());
		}
	}

	private static List<Long> ids(List<ItemRecord> records) {
		return records.stream().map(ItemRecord::id).toList();
	}
}
