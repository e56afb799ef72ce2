package org.labelbench.cli.internal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Initialization;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Component;

/**
 * Measures project initialization: a generated folder of image files and a generated CSV file, each turned into a
 * project in a scratch workspace with Derby's default durability; the clock stops when {@code create} returns, every
 * row and index committed.
 */
@Component(service = CliCommand.class)
public final class BenchInitCommand extends Commands {

	public BenchInitCommand() {
		super("bench init", "[--files N] [--rows N] [--data DIR]",
				"Measure initialization: items/s for a folder of N image files and for a CSV file of N rows.",
				Option.value("--files", "image files to generate and import (default 500000; 0: none)"),
				Option.value("--rows", "CSV rows to generate and import (default 1000000; 0: none)"),
				Option.value("--data", "where generated data is kept between runs (default WORKSPACE/bench-data)"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		int files = context.option("--files").map(v -> Arguments.integer("--files", v, 0, 50_000_000)).orElse(500_000);
		int rows = context.option("--rows").map(v -> Arguments.integer("--rows", v, 0, 50_000_000)).orElse(1_000_000);
		Path home = Bench.scratchHome(context);
		Path data = context.option("--data").map(Path::of).orElse(home.resolve("bench-data"));
		context.err().println("bench: generating data in " + data + " (kept for later runs)");
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", Bench.machine());
		Path scratch = Files.createTempDirectory(home, "bench-ws");
		try (Workspace workspace = context.open(StoreLocation.workspace(scratch))) {
			if (files > 0) {
				Path images = BenchData.imageFolder(data, files);
				result.put("listing", listing(images, files));
				Map<String, Object> find = RawBaselines.find(images, files);
				result.put("find", find);
				Map<String, Object> raw = rawInsert(scratch.resolve("raw-images"), () -> RawBaselines.insertPaths(
						scratch.resolve("raw-images"), images));
				result.put("rawInsertImages", raw);
				Map<String, Object> created = measure(context, workspace, new ProjectSpec("bench-images",
						"image-multiclass", images, null, null, List.of("a", "b"), null, null,
						(long) Integer.MAX_VALUE));
				created.put("hardLinks", files > BenchData.LINKS_ABOVE);
				ratios(created, find, raw);
				result.put("images", created);
			}
			if (rows > 0) {
				Path csv = BenchData.csvFile(data, rows);
				Map<String, Object> raw = rawInsert(scratch.resolve("raw-csv"), () -> RawBaselines.insertCsv(
						scratch.resolve("raw-csv"), csv));
				result.put("rawInsertCsv", raw);
				Map<String, Object> created = measure(context, workspace, new ProjectSpec("bench-csv",
						"text-multiclass", csv, null, "text", List.of("a", "b"), null, null, (long) Integer.MAX_VALUE));
				ratios(created, null, raw);
				result.put("csv", created);
			}
		} finally {
			BenchData.delete(scratch);
		}
		Bench.print(context, result);
		return ExitCode.OK;
	}

	private interface Baseline {
		Map<String, Object> run() throws Exception;
	}

	private static Map<String, Object> rawInsert(Path database, Baseline insert) throws Exception {
		try {
			return insert.run();
		} finally {
			RawBaselines.shutdown(database);
		}
	}

	/** How many times longer initialization took than the baselines. */
	private static void ratios(Map<String, Object> created, Map<String, Object> find, Map<String, Object> raw) {
		double seconds = (Double) created.get("seconds");
		if (find != null) {
			created.put("timesFind", Math.round(seconds / (Double) find.get("seconds") * 10) / 10.0);
		}
		created.put("timesRawInsert", Math.round(seconds / (Double) raw.get("seconds") * 100) / 100.0);
	}

	/** Java's own walk of the same folder, for comparison: how much of the time is the file system. */
	private static Map<String, Object> listing(Path folder, int files) throws Exception {
		LongAdder count = new LongAdder();
		long start = System.nanoTime();
		try (var walk = Files.walk(folder)) {
			walk.forEach(p -> count.increment());
		}
		return Bench.rate("files", count.sum(), System.nanoTime() - start);
	}

	private static Map<String, Object> measure(CommandContext context, Workspace workspace, ProjectSpec spec) {
		Bench.resetPeakHeap();
		long start = System.nanoTime();
		long[] storing = { 0 };
		Initialization created = workspace.projects().create(spec, new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				if (name.startsWith("storing")) {
					storing[0] = System.nanoTime(); // the scan is over; the bulk load begins
				}
			}
		});
		long nanos = System.nanoTime() - start;
		context.err().printf("bench: %s: %d items in %.2f s%n", spec.name(), created.status().items().total(), nanos / 1e9);
		Map<String, Object> rate = Bench.rate("items", created.status().items().total(), nanos);
		if (storing[0] > 0) {
			rate.put("scanSeconds", Math.round((storing[0] - start) / 1e7) / 100.0);
			rate.put("storeSeconds", Math.round((System.nanoTime() - storing[0]) / 1e7) / 100.0);
		}
		rate.put("peakHeapMiB", Bench.peakHeapMiB());
		return rate;
	}
}
