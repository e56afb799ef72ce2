package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an outside extender does, step by step: build the example task-type plugin (examples/, not part of the
 * reactor) with Tycho against the product's p2 repository, install it into a copy of the materialized product with
 * the p2 director — the command README.md gives — and start the product again: its command line lists the new task
 * type, and a project of that type checks labels with the plugin's own validator.
 */
class OutsidePluginTest {

	private static final Path CHECKOUT = Path.of(System.getProperty("labelbench.checkout")).toAbsolutePath().normalize();
	private static final Path REPOSITORY = Path.of(System.getProperty("labelbench.repository")).toAbsolutePath()
			.normalize();
	private static final String EXAMPLE = "org.labelbench.example.sentiment";

	@TempDir
	Path temp;

	@Test
	void aTaskTypeBuiltOutsideIsListedAfterTheDirectorInstallsIt() throws Exception {
		Result before = Product.cli("--json", "task-type", "list");
		assertEquals(0, before.exit(), before.err());
		assertEquals("", before.err());
		assertEquals(List.of("image-multiclass", "image-multilabel", "image-bbox", "image-polygon", "text-multiclass",
				"text-multilabel"), ids(before.json()), "the product as built has the six built-in types");

		Path example = copy(CHECKOUT.resolve("examples").resolve(EXAMPLE), temp.resolve("example"));
		maven("-f", example.resolve("pom.xml").toString(), "verify",
				"-Dlabelbench.repository=" + REPOSITORY.toUri());
		Path home = copy(Product.HOME, temp.resolve("labelbench"));
		maven("-N", "org.eclipse.tycho:tycho-p2-director-plugin:4.0.13:director", "-Ddestination=" + home,
				"-Dprofile=DefaultProfile", "-DinstallIUs=" + EXAMPLE, "-Drepositories="
						+ example.resolve("site/target/repository").toUri() + "," + REPOSITORY.toUri());

		Result after = Product.cli(home, "--json", "task-type", "list");
		assertEquals(0, after.exit(), after.err());
		assertEquals(7, after.json().get("taskTypes").size(), "one type more after the install: " + after.out());
		JsonNode added = after.json().get("taskTypes").get(6);
		assertEquals("text-sentiment", added.get("id").asText(), after.out());
		assertEquals("Text sentiment (example plugin)", added.get("name").asText());
		assertEquals("text", added.get("dataKind").asText());
		assertEquals("class-label", added.get("annotationKind").asText());
		assertFalse(added.get("multiLabel").asBoolean());
		assertEquals(EXAMPLE, added.get("plugin").asText());
		Result text = Product.cli(home, "task-type", "list");
		assertTrue(text.out().contains("text-sentiment  Text sentiment (example plugin)  text  class-label  ("
				+ EXAMPLE + ")\n"), text.out());

		Path data = Files.createDirectories(temp.resolve("texts"));
		Files.writeString(data.resolve("review.txt"), "A delight from start to finish.");
		String ws = temp.resolve("ws").toString();
		Result created = Product.cli(home, "--workspace", ws, "project", "create", "--name", "reviews", "--type",
				"text-sentiment", "--data", data.toString(), "--labels", "positive,negative");
		assertEquals(0, created.exit(), created.err());
		Result twoSentiments = Product.cli(home, "--workspace", ws, "label", "reviews", "review.txt", "--class",
				"positive", "--class", "negative");
		assertEquals(2, twoSentiments.exit(), "the plugin's validator refuses two sentiments");
		assertEquals("labelbench: error: item 'review.txt': Text sentiment (example plugin) takes exactly one "
				+ "sentiment, not 2\n", twoSentiments.err());
		Result one = Product.cli(home, "--workspace", ws, "label", "reviews", "review.txt", "--class", "positive");
		assertEquals(0, one.exit(), one.err());
	}

	private static List<String> ids(JsonNode list) {
		List<String> ids = new ArrayList<>();
		list.get("taskTypes").forEach(type -> ids.add(type.get("id").asText()));
		return ids;
	}

	/** Runs the checkout's Maven wrapper offline: everything it needs came with the build that runs this test. */
	private void maven(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(CHECKOUT.resolve("mvnw").toString(), "-B", "-o", "-q"));
		command.addAll(List.of(args));
		Path log = Files.createTempFile(temp, "maven", ".log");
		Process process = new ProcessBuilder(command).directory(CHECKOUT.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "mvnw " + String.join(" ", args) + " finished");
		assertEquals(0, process.exitValue(),
				"mvnw " + String.join(" ", args) + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
	}

	/** Copies a folder, leaving out build output ({@code target} folders) a local build may have left there. */
	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = from.relativize(file);
				if (relative.toString().equals("target") || relative.toString().startsWith("target/")
						|| relative.toString().contains("/target")) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return to;
	}
}
