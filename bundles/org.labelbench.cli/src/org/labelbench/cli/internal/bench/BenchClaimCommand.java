package org.labelbench.cli.internal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Labeling;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Component;

/**
 * Measures claim latency on a big project: each claim is the select of the queue head, the update and the commit,
 * durable and visible to other processes; claims are interleaved with submits of the claimed items.
 */
@Component(service = CliCommand.class)
public final class BenchClaimCommand extends Commands {

	public BenchClaimCommand() {
		super("bench claim", "[--items N] [--claims N]",
				"Measure claim latency (p50, p99, max) on a project of N items, claims interleaved with submits.",
				Option.value("--items", "items in the project (default 5000000)"),
				Option.value("--claims", "claims to measure (default 10000)"),
				Option.value("--warmup", "claims made first and not measured, while the JIT compiles (default 1000)"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		int items = context.option("--items").map(v -> Arguments.integer("--items", v, 1, 50_000_000)).orElse(5_000_000);
		int claims = context.option("--claims").map(v -> Arguments.integer("--claims", v, 1, 1_000_000)).orElse(10_000);
		int warmup = context.option("--warmup").map(v -> Arguments.integer("--warmup", v, 0, 1_000_000)).orElse(1_000);
		Path home = Bench.scratchHome(context);
		Path scratch = Files.createTempDirectory(home, "bench-ws");
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", Bench.machine());
		try (Workspace workspace = context.open(StoreLocation.workspace(scratch))) {
			long id = workspace.projects().create(new ProjectSpec("bench-claim", "image-multiclass",
					Files.createDirectories(scratch.resolve("empty")), null, null, List.of("a", "b"), null, null,
					(long) Integer.MAX_VALUE), new NullProgressMonitor()).status().id();
			long start = System.nanoTime();
			try (ItemWriter writer = workspace.store().items().writer(id)) {
				for (int i = 0; i < items; i++) {
					writer.add(String.format("d%05d/image-%08d.jpg", i / 1000, i));
				}
				writer.commit();
			}
			context.err().printf("bench: %d items loaded in %.1f s%n", items, (System.nanoTime() - start) / 1e9);
			result.put("items", items);
			claims(workspace, warmup); // the same work, not measured: the first claims run interpreted code
			result.put("warmup", warmup);
			result.put("claim", claims(workspace, claims));
		} finally {
			BenchData.delete(scratch);
		}
		Bench.print(context, result);
		return ExitCode.OK;
	}

	private static Map<String, Object> claims(Workspace workspace, int claims) {
		if (claims == 0) {
			return Map.of();
		}
		long[] nanos = new long[claims];
		ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
		label.setClassName("a");
		int measured = 0;
		for (int i = 0; i < claims; i++) {
			long start = System.nanoTime();
			List<ItemRecord> task = workspace.labeling().claimTask("bench-claim", "bench", 1, Labeling.DEFAULT_LEASE);
			nanos[i] = System.nanoTime() - start;
			measured++;
			if (task.isEmpty()) {
				break;
			}
			workspace.labeling().submit("bench-claim", task.get(0).location(), List.of(label), "bench");
		}
		long[] sorted = Arrays.copyOf(nanos, measured);
		Arrays.sort(sorted);
		Map<String, Object> latency = new LinkedHashMap<>();
		latency.put("claims", measured);
		latency.put("p50ms", millis(sorted[(int) (sorted.length * 0.50)]));
		latency.put("p99ms", millis(sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]));
		latency.put("maxms", millis(sorted[sorted.length - 1]));
		return latency;
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e4) / 100.0;
	}
}
