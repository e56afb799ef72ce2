package org.labelbench.core;

import java.util.Optional;
import java.util.function.Consumer;

import org.labelbench.model.Project;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.LabeledItem;

/** What an export format reads, and where it reports what it wrote and what it could not hold. */
public interface ExportContext {

	/** @return the project's definition: classes in order, instructions, data source */
	Project project();

	TaskType taskType();

	/** @return whether items without labels are exported too (COCO {@code images}) */
	boolean allItems();

	/** Streams a consistent snapshot of the labeled items, in item id order. */
	void forEachLabeled(Consumer<LabeledItem> consumer);

	/** Streams every item that can be labeled, labeled or not, in item id order. */
	void forEachItem(Consumer<ItemRecord> consumer);

	/** @return an image's width and height: recorded when its shapes were checked, else read from its header */
	Optional<int[]> imageSize(long itemId, String location);

	/** @return where the data of an item is, as the user knows it: an absolute path, or a URL */
	String source(String location);

	/** Counts something the format wrote: items, annotations. */
	void wrote(long items, long annotations);

	/** Counts something the format cannot hold, with the reason; the export summary lists every reason. */
	void notExported(String reason);
}
