package org.labelbench.cli.internal.project;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.labelbench.core.ProjectStatus;
import org.labelbench.store.ItemCounts;

/** How project statuses look on the command line, as text and as JSON. */
final class ProjectOutput {

	private ProjectOutput() {
	}

	/** @return the JSON object of a project: name, type, state, items, labels */
	static Map<String, Object> json(ProjectStatus status) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", status.name());
		json.put("type", status.taskType());
		json.put("state", status.state().getName());
		json.put("createdAt", status.createdAt() == null ? null : status.createdAt().toInstant().toString());
		json.put("lastRefresh", status.lastRefresh() == null ? null : status.lastRefresh().toInstant().toString());
		json.put("items", items(status.items()));
		json.put("labels", status.labels());
		return json;
	}

	private static Map<String, Long> items(ItemCounts counts) {
		Map<String, Long> items = new LinkedHashMap<>();
		items.put("total", counts.total());
		items.put("unlabeled", counts.unlabeled());
		items.put("in_task", counts.inTask());
		items.put("labeled", counts.labeled());
		items.put("error", counts.error());
		items.put("skipped", counts.skipped());
		items.put("rejected", counts.rejected());
		return items;
	}

	static void text(ProjectStatus status, PrintStream out) {
		ItemCounts items = status.items();
		out.println("Project: " + status.name());
		out.println("Type:    " + status.taskType());
		out.println("State:   " + status.state().getName());
		out.printf("Items:   %d total: %d unlabeled (%d skipped, %d rejected), %d in task, %d labeled, %d error%n",
				items.total(), items.unlabeled(), items.skipped(), items.rejected(), items.inTask(), items.labeled(),
				items.error());
		out.println("Labels:  " + status.labels().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
				.collect(Collectors.joining(", ")));
	}
}
