package org.labelbench.ml.cli.internal;

import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.labelbench.model.Metric;
import org.labelbench.model.MlRun;

/** ML runs as the commands print them: a line each, or JSON objects. */
final class RunOutput {

	private RunOutput() {
	}

	static Map<String, Object> json(MlRun run) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", run.getId());
		json.put("kind", run.getKind().getLiteral());
		json.put("status", run.getStatus().getLiteral());
		json.put("startedAt", run.getStartedAt() == null ? null : run.getStartedAt().toInstant().toString());
		json.put("finishedAt", run.getFinishedAt() == null ? null : run.getFinishedAt().toInstant().toString());
		json.put("items", run.getItems());
		json.put("device", run.getDevice());
		json.put("message", run.getMessage());
		Map<String, Object> overall = new LinkedHashMap<>();
		Map<String, Map<String, Object>> byClass = new LinkedHashMap<>();
		for (Metric metric : run.getMetrics()) {
			Object value = Double.isFinite(metric.getValue()) ? metric.getValue() : String.valueOf(metric.getValue());
			if (metric.getLabelClass() == null) {
				overall.put(metric.getName(), value);
			} else {
				byClass.computeIfAbsent(metric.getLabelClass(), c -> new LinkedHashMap<>()).put(metric.getName(), value);
			}
		}
		json.put("metrics", overall);
		json.put("classes", byClass);
		return json;
	}

	/** {@code 12 training succeeded 2026-01-01T10:00:00Z 31.2 s 240 items cpu() accuracy=0.95 ...} */
	static void text(List<MlRun> runs, PrintStream out) {
		for (MlRun run : runs) {
			StringBuilder line = new StringBuilder();
			line.append(run.getId()).append(' ').append(run.getKind().getLiteral()).append(' ')
					.append(run.getStatus().getLiteral());
			if (run.getStartedAt() != null) {
				line.append(' ').append(Instant.ofEpochMilli(run.getStartedAt().getTime()));
			}
			if (run.getStartedAt() != null && run.getFinishedAt() != null) {
				line.append(String.format(Locale.ROOT, " %.1f s",
						(run.getFinishedAt().getTime() - run.getStartedAt().getTime()) / 1000.0));
			}
			line.append(' ').append(run.getItems()).append(" items");
			if (run.getDevice() != null) {
				line.append(' ').append(run.getDevice());
			}
			for (Metric metric : run.getMetrics()) {
				if (metric.getLabelClass() == null) {
					line.append(' ').append(metric.getName()).append('=').append(number(metric.getValue()));
				}
			}
			if (run.getMessage() != null) {
				line.append(" (").append(run.getMessage()).append(')');
			}
			out.println(line);
		}
	}

	static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.3f", value);
	}
}
