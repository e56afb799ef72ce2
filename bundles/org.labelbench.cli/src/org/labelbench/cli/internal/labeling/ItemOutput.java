package org.labelbench.cli.internal.labeling;

import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.store.ItemRecord;

final class ItemOutput {

	private ItemOutput() {
	}

	static Map<String, Object> json(ItemRecord item) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("item", item.location());
		json.put("id", item.id());
		json.put("state", item.state().getLiteral());
		json.put("lastEvent", item.lastEvent() == null ? null : item.lastEvent().getLiteral());
		json.put("error", item.errorReason());
		return json;
	}
}
