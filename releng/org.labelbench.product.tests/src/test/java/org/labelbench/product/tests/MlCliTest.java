package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ML assistance through the command line of the assembled product, offline: DJL and libtorch come with it. A small
 * project of two easy classes (a bright disc, a dark bar) is trained, its runs listed and its items prelabeled.
 */
class MlCliTest extends WorkspaceCliTest {

	@Test
	void trainListRunsAndPrelabel() throws Exception {
		Path data = discsAndBars();
		ok("project", "create", "--name", "easy", "--type", "image-multiclass", "--data", data.toString(), "--labels",
				"disc,bar");
		bad("project 'easy' has no trained classifier yet: train one first", "ml", "prelabel", "easy");
		JsonNode settings = json("ml", "settings", "easy", "--any-orientation", "yes", "--target-precision", "0.9");
		assertTrue(settings.get("anyOrientation").asBoolean());
		assertEquals(0.9, settings.get("targetPrecision").asDouble());
		assertEquals("auto", settings.get("device").asText());
		assertTrue(ok("ml", "settings", "easy").out().contains("anyOrientation: true\n"), "kept");
		bad("--any-orientation is yes or no, not 'maybe'", "ml", "settings", "easy", "--any-orientation", "maybe");
		bad("project 'easy' has 0 labeled items in 0 classes; training needs labels of two classes at least", "ml",
				"train", "easy");
		for (int i = 0; i < 24; i++) {
			ok("label", "easy", String.format("img%02d.png", i), "--class", i % 2 == 0 ? "disc" : "bar");
		}
		JsonNode trained = json("ml", "train", "easy");
		assertEquals(18, trained.get("trained").asInt());
		assertEquals(6, trained.get("validated").asInt());
		assertTrue(trained.get("accuracy").asDouble() >= 0.9, trained.toString());
		assertEquals(12, trained.get("predicted").asInt(), "the unlabeled items");
		assertTrue(trained.get("clusters").asInt() >= 1, "look-alikes were grouped");
		JsonNode runs = json("ml", "runs", "easy");
		assertEquals(5, runs.size());
		assertEquals("featurization", runs.get(0).get("kind").asText(), "the look-alikes grouped");
		assertEquals("inference", runs.get(1).get("kind").asText());
		assertEquals("validation", runs.get(2).get("kind").asText());
		assertEquals("featurization", runs.get(3).get("kind").asText());
		assertEquals(18, runs.get(3).get("items").asInt(), "the training images were featurized");
		assertEquals("training", runs.get(4).get("kind").asText());
		for (JsonNode run : runs) {
			assertEquals("succeeded", run.get("status").asText(), run.toString());
			assertEquals("cpu()", run.get("device").asText());
		}
		assertTrue(runs.get(2).get("classes").get("disc").has("threshold"));
		assertTrue(runs.get(4).get("message").asText().contains("any orientation"), "the settings were used");
		Result text = ok("ml", "runs", "easy");
		assertEquals(5, text.out().split("\n").length, text.out());
		assertTrue(text.out().split("\n")[4].contains(" training succeeded "), text.out());
		assertTrue(ok("ml", "prelabel", "easy").out().matches("Prelabeled \\d+ of 12 unlabeled items\n"));
		assertEquals(6, json("ml", "runs", "easy").size(), "the prelabeling is a run too");
		assertTrue(ok("ml", "cluster", "easy").out().startsWith("Grouped 12 unlabeled items into "));
		Path missing = temp.resolve("models/missing.pt");
		assertEquals(missing.toString(), json("ml", "settings", "easy", "--backbone", missing.toString())
				.get("backbone").asText());
		bad("project 'easy' cannot train on its backbone: the backbone file " + missing + " does not exist", "ml",
				"train", "easy");
		JsonNode failed = json("ml", "runs", "easy").get(0);
		assertEquals("training", failed.get("kind").asText());
		assertEquals("failed", failed.get("status").asText());
		ok("label", "easy", "img30.png", "--class", "disc");
		ok("ml", "settings", "easy", "--backbone", "");
		JsonNode queued = json("ml", "train", "easy", "--queue");
		assertEquals("queued", queued.get("status").asText());
		Result worker = mlWorker("--workspace", temp.resolve("ws").toString(), "--once", "--json");
		assertEquals(0, worker.exit(), worker.err());
		JsonNode ran = new com.fasterxml.jackson.databind.ObjectMapper().readTree(worker.out());
		assertEquals(queued.get("id").asLong(), ran.get("id").asLong(), "the worker ran the queued training");
		assertEquals("succeeded", ran.get("status").asText(), ran.toString());
		assertEquals("cpu()", ran.get("device").asText());
		assertTrue(ran.get("message").asText().contains("claimed by ml-worker@"), ran.toString());
		assertEquals("", mlWorker("--workspace", temp.resolve("ws").toString(), "--once").out(), "nothing left");
	}

	@Test
	void trainAndPrelabelABoxProject() throws Exception {
		Path data = Files.createDirectories(temp.resolve("boxes"));
		Random random = new Random(5);
		int[][] discs = new int[24][];
		for (int i = 0; i < discs.length; i++) {
			discs[i] = new int[] { random.nextInt(32), random.nextInt(32) };
			BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.DARK_GRAY);
			g.fillRect(0, 0, 64, 64);
			g.setColor(Color.WHITE);
			g.fillOval(discs[i][0], discs[i][1], 24, 24);
			g.dispose();
			ImageIO.write(image, "png", data.resolve(String.format("img%02d.png", i)).toFile());
		}
		ok("project", "create", "--name", "discs", "--type", "image-bbox", "--data", data.toString(), "--labels",
				"disc");
		bad("project 'discs' has no trained detector yet: train one first", "ml", "prelabel", "discs");
		for (int i = 0; i < 16; i++) {
			ok("label", "discs", String.format("img%02d.png", i), "--box",
					discs[i][0] + "," + discs[i][1] + ",24,24,disc");
		}
		JsonNode trained = json("ml", "train", "discs");
		assertEquals(12, trained.get("trained").asInt());
		assertEquals(4, trained.get("validated").asInt());
		assertTrue(trained.get("mAP").asDouble() >= 0 && trained.get("mAP").asDouble() <= 1, trained.toString());
		assertEquals(8, trained.get("predicted").asInt(), "the unlabeled items");
		JsonNode runs = json("ml", "runs", "discs");
		assertEquals(List.of("inference", "validation", "training"),
				List.of(runs.get(0).get("kind").asText(), runs.get(1).get("kind").asText(),
						runs.get(2).get("kind").asText()));
		assertTrue(runs.get(1).get("metrics").has("mAP"), runs.get(1).toString());
		assertTrue(runs.get(1).get("classes").get("disc").has("threshold"), runs.get(1).toString());
		assertTrue(ok("ml", "train", "discs", "--no-prelabel").out().startsWith("Trained on 12 labels, validated on 4:"
				+ " mAP@0.5 "));
		assertTrue(ok("ml", "prelabel", "discs").out().matches("Prelabeled \\d+ of 8 unlabeled items\n"));
	}

	@Test
	void aWorkerServesATeamServer() throws Exception {
		java.util.Map<String, String> boss = java.util.Map.of("LABELBENCH_USER", "boss", "LABELBENCH_PASSWORD",
				"boss-pass-1");
		java.util.Map<String, String> gpu = java.util.Map.of("LABELBENCH_USER", "gpubox", "LABELBENCH_PASSWORD",
				"gpu-pass-12");
		Path data = discsAndBars();
		ok("project", "create", "--name", "team", "--type", "image-multiclass", "--data", data.toString(), "--labels",
				"disc,bar");
		try (Product.TeamServer server = Product.server(temp.resolve("ws").toString(), "boss", boss,
				temp.resolve("server.err"))) {
			String url = server.url();
			assertEquals(0, Product.cli(boss, "gpu-pass-12\n", "--server", url, "user", "password", "gpubox",
					"--password-stdin").exit());
			assertEquals(0, Product.cli(boss, null, "--server", url, "member", "add", "team", "gpubox", "--role",
					"admin").exit());
			for (int i = 0; i < 24; i++) {
				Result labeled = Product.cli(boss, null, "--server", url, "label", "team",
						String.format("img%02d.png", i), "--class", i % 2 == 0 ? "disc" : "bar");
				assertEquals(0, labeled.exit(), labeled.err());
			}
			Result queued = Product.cli(boss, null, "--server", url, "--json", "ml", "train", "team", "--queue");
			assertEquals(0, queued.exit(), queued.err());
			assertEquals("queued", queued.json().get("status").asText());

			Result worker = mlWorker(gpu, "--server", url, "--once", "--json");

			assertEquals(0, worker.exit(), worker.err());
			JsonNode ran = worker.json();
			assertEquals(queued.json().get("id").asLong(), ran.get("id").asLong(), "the worker ran the team's training");
			assertEquals("succeeded", ran.get("status").asText(), ran.toString());
			assertEquals("cpu()", ran.get("device").asText());
			Result runs = Product.cli(boss, null, "--server", url, "--json", "ml", "runs", "team");
			assertEquals(0, runs.exit(), runs.err());
			List<String> kinds = new java.util.ArrayList<>();
			runs.json().forEach(run -> kinds.add(run.get("kind").asText() + " " + run.get("status").asText()));
			assertTrue(kinds.contains("inference succeeded"), "the worker prelabeled for the team: " + kinds);
			Result prelabel = Product.cli(boss, null, "--server", url, "ml", "prelabel", "team");
			assertEquals(0, prelabel.exit(), "the model the worker trained is the team's: " + prelabel.err());
			assertTrue(prelabel.out().matches("Prelabeled \\d+ of 12 unlabeled items\n"), prelabel.out());
		}
	}

	/** Runs {@code labelbench ml-worker ARGS}, as a GPU machine would, and waits for it. */
	private static Result mlWorker(String... args) throws Exception {
		return mlWorker(java.util.Map.of(), args);
	}

	/** Runs {@code labelbench ml-worker ARGS} with more environment variables, and waits for it. */
	private static Result mlWorker(java.util.Map<String, String> environment, String... args) throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(Product.LAUNCHER.toString(),
				"ml-worker"));
		command.addAll(java.util.List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close();
		var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		assertTrue(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "the worker ended");
		return new Result(process.exitValue(), out.get(), err.get());
	}

	private static String read(java.io.InputStream in) {
		try (in) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void featurizationBenchmarkPrintsItsRate() throws Exception {
		JsonNode bench = json("bench", "featurize", "--images", "300");
		assertEquals(300, bench.get("images").asInt());
		assertTrue(bench.get("imagesPerSecond").asLong() > 0);
	}

	/** @return a folder of 36 small pictures, img00.png to img35.png: a white disc on the even ones, a bar on the odd */
	private Path discsAndBars() throws java.io.IOException {
		Path data = Files.createDirectories(temp.resolve("images"));
		Random random = new Random(3);
		for (int i = 0; i < 36; i++) {
			ImageIO.write(picture(i % 2 == 0, random), "png", data.resolve(String.format("img%02d.png", i)).toFile());
		}
		return data;
	}

	private static BufferedImage picture(boolean disc, Random random) {
		BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(40 + random.nextInt(40), 40 + random.nextInt(40), 40 + random.nextInt(40)));
		g.fillRect(0, 0, 48, 48);
		g.setColor(Color.WHITE);
		int x = random.nextInt(16);
		int y = random.nextInt(16);
		if (disc) {
			g.fillOval(x, y, 28, 28);
		} else {
			g.fillRect(x, y + 10, 30, 8);
		}
		g.dispose();
		return image;
	}
}
