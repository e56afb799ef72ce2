package org.labelbench.cli.internal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.cli.CommandContext;

/** What the benchmark commands share: scratch workspaces, machine facts, output. */
final class Bench {

	private Bench() {
	}

	/** @return the folder for scratch workspaces and generated data: the workspace directory */
	static Path scratchHome(CommandContext context) throws IOException {
		Path home = context.workspace().location().workspace().orElseThrow(
				() -> new org.labelbench.store.InvalidInputException("benchmarks run on a local --workspace"));
		return Files.createDirectories(home);
	}

	static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		return machine;
	}

	private static volatile Thread heapSampler;
	private static volatile long heapPeak;

	/** Starts a new measurement of the heap's peak: the heap in use, garbage included, sampled every 20 ms. */
	static void resetPeakHeap() {
		stopSampling();
		heapPeak = 0;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "bench heap sampler");
		sampler.setDaemon(true);
		sampler.start();
		heapSampler = sampler;
	}

	/** @return the most heap in use since {@link #resetPeakHeap()}, in MiB, and stops sampling */
	static long peakHeapMiB() {
		stopSampling();
		return heapPeak / (1024 * 1024);
	}

	private static void stopSampling() {
		Thread sampler = heapSampler;
		if (sampler != null) {
			sampler.interrupt();
			try {
				sampler.join(1_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static Map<String, Object> rate(String what, long count, long nanos) {
		Map<String, Object> rate = new LinkedHashMap<>();
		rate.put(what, count);
		rate.put("seconds", Math.round(nanos / 1e7) / 100.0);
		rate.put("perSecond", Math.round(count / (nanos / 1e9)));
		return rate;
	}

	/** Prints the figures as JSON with --json, else as indented lines. */
	static void print(CommandContext context, Map<String, Object> result) {
		if (context.json()) {
			context.printJson(result);
		} else {
			print(context, result, "");
		}
	}

	@SuppressWarnings("unchecked")
	private static void print(CommandContext context, Map<String, Object> map, String indent) {
		for (Map.Entry<String, Object> entry : map.entrySet()) {
			if (entry.getValue() instanceof Map<?, ?> nested) {
				context.out().println(indent + entry.getKey() + ":");
				print(context, (Map<String, Object>) nested, indent + "  ");
			} else {
				context.out().println(indent + entry.getKey() + ": " + entry.getValue());
			}
		}
	}
}
