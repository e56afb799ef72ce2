package org.labelbench.store;

import java.io.IOException;
import java.util.function.Consumer;

/** Produces the items a refresh found, one at a time, so that none need to be held in memory. */
@FunctionalInterface
public interface NewItemSource {

	void emit(Consumer<NewItem> sink) throws IOException;
}
