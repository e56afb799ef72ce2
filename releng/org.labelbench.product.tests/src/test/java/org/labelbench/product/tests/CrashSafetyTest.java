package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No lost work, proven the hard way: a labeling process ({@code label PROJECT --from -}, which prints {@code saved ITEM}
 * after each commit) is killed with SIGKILL at random moments, while starting up and while labeling, again and again;
 * afterwards every item the process reported saved has the label it was given, and the workspace opens cleanly each
 * time. CI kills it {@value #CI_KILLS} times; {@code -Dlabelbench.crash.kills=100} (the benchmark script) the full
 * hundred. Derby runs at its default, durable commit.
 */
class CrashSafetyTest {

	private static final int CI_KILLS = 12;
	private static final int KILLS = Integer.getInteger("labelbench.crash.kills", CI_KILLS);
	/** how many items a round may label: each round labels its own, so what one stored cannot hide another's loss */
	private static final int PER_ROUND = 500;
	private static final int ROWS = Math.max(KILLS, CI_KILLS) * PER_ROUND;

	@TempDir
	Path temp;

	@Test
	void everyLabelReportedSavedSurvivesSigkill() throws Exception {
		String ws = temp.resolve("ws").toString();
		StringBuilder csv = new StringBuilder("text\n");
		for (int i = 1; i <= ROWS; i++) {
			csv.append("note ").append(i).append('\n');
		}
		Path data = Files.writeString(temp.resolve("notes.csv"), csv);
		Product.Result created = Product.cli("--workspace", ws, "project", "create", "--name", "crash", "--type",
				"text-multiclass", "--data", data.toString(), "--text-column", "text", "--labels", "odd,even,other");
		assertEquals(0, created.exit(), created.err());

		Random random = new Random(42);
		Map<String, String> reported = new HashMap<>();
		int duringStartup = 0;
		int exitedFirst = 0;
		long started = System.nanoTime();
		for (int kill = 0; kill < KILLS; kill++) {
			int round = kill;
			boolean early = random.nextInt(5) == 0; // a fifth die before labeling starts: while Derby boots or recovers
			Run run = new Run(ws, round * PER_ROUND);
			if (early) {
				Thread.sleep(random.nextInt(2_500));
			} else {
				assertTrue(run.firstSaved.await(120, TimeUnit.SECONDS), "round " + round + ": labeling started");
				Thread.sleep(random.nextInt(600));
			}
			exitedFirst += run.kill() ? 0 : 1;
			duringStartup += run.saved.isEmpty() ? 1 : 0;
			for (String item : run.saved) {
				reported.put(item, expectedClass(item));
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		JsonNode stored = storedLabels(ws);
		List<String> lost = new ArrayList<>();
		reported.forEach((item, label) -> {
			JsonNode found = stored.get(item);
			if (found == null || !found.asText().equals(label)) {
				lost.add(item + " (reported saved as " + label + ", stored " + found + ")");
			}
		});
		System.out.printf(java.util.Locale.ROOT,
				"BENCH crash-safety: %d SIGKILLs (%d during start-up, %d after the process had ended) in %.0f s,"
						+ " %d labels reported saved, %d stored, %d lost%n",
				KILLS, duringStartup, exitedFirst, seconds, reported.size(), stored.size(), lost.size());
		assertEquals(List.of(), lost, "labels reported saved but not stored");
		assertTrue(reported.size() > KILLS, "labels were saved between the kills: " + reported.size());
		// a process commits, then says so: a kill in between leaves at most one label stored but not reported
		assertTrue(stored.size() - reported.size() <= KILLS,
				stored.size() + " labels stored, " + reported.size() + " reported saved");
	}

	private static String expectedClass(String item) {
		return List.of("odd", "even", "other").get(Integer.parseInt(item) % 3);
	}

	/** @return the stored class of every labeled item, read by a new process: the workspace opens after the kills */
	private static JsonNode storedLabels(String ws) throws Exception {
		Path manifest = Path.of(ws).resolveSibling("labels.jsonl");
		Product.Result export = Product.cli("--workspace", ws, "export", "crash", "--format", "manifest", "--out",
				manifest.toString());
		assertEquals(0, export.exit(), export.err());
		var labels = new ObjectMapper().createObjectNode();
		for (String line : Files.readAllLines(manifest)) {
			JsonNode item = new ObjectMapper().readTree(line);
			labels.put(item.get("item").asText(), item.get("labels").get(0).asText());
		}
		return labels;
	}

	/** One labeling process: fed labels on standard input, its {@code saved} lines collected as they come. */
	private static final class Run {

		final Set<String> saved = ConcurrentHashMap.newKeySet();
		final CountDownLatch firstSaved = new CountDownLatch(1);
		private final Process process;
		private final Thread reader;

		Run(String ws, int from) throws IOException {
			process = new ProcessBuilder(Product.LAUNCHER.toString(), "cli", "--workspace", ws, "label", "crash",
					"--from", "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
			Thread writer = new Thread(() -> feed(process.getOutputStream(), from), "feed");
			writer.setDaemon(true);
			writer.start();
			reader = new Thread(this::collect, "saved");
			reader.start();
		}

		private static void feed(OutputStream stdin, int from) {
			try (OutputStream out = stdin) {
				for (int i = 0; i < PER_ROUND; i++) {
					String item = Integer.toString(from + i + 1);
					out.write(("{\"item\":\"" + item + "\",\"labels\":[\"" + expectedClass(item) + "\"]}\n")
							.getBytes(StandardCharsets.UTF_8));
					out.flush();
				}
			} catch (IOException e) {
				// the process was killed: the pipe is gone
			}
		}

		/** Collects the whole lines only: a line cut by the kill reports nothing. */
		private void collect() {
			try (Reader out = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
				StringBuilder line = new StringBuilder();
				for (int c = out.read(); c >= 0; c = out.read()) {
					if (c != '\n') {
						line.append((char) c);
					} else if (line.toString().startsWith("saved ")) {
						saved.add(line.substring("saved ".length()));
						firstSaved.countDown();
						line.setLength(0);
					} else {
						line.setLength(0);
					}
				}
			} catch (IOException e) {
				// the pipe closed with the process: what came before counts
			}
		}

		/** @return whether the process was still running, so that the kill cut it off */
		boolean kill() throws InterruptedException {
			boolean alive = process.isAlive();
			process.destroyForcibly(); // SIGKILL
			assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed process ended");
			reader.join(30_000);
			return alive;
		}
	}
}
