package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/** The CLI as scripts see it: stdout carries only the result, errors are one line on stderr, exit codes are fixed. */
class CliContractTest {

	@TempDir
	Path temp;

	@Test
	void helpListsTheCommands() throws Exception {
		Result help = Product.cli("--help");
		assertEquals(0, help.exit(), help.err());
		for (String command : new String[] { "project create", "project list", "project show", "project run",
				"project pause" }) {
			assertTrue(help.out().contains(command), command + " in:\n" + help.out());
		}
		assertEquals("", help.err());
		Result commandHelp = Product.cli("project", "create", "--help");
		assertEquals(0, commandHelp.exit());
		assertTrue(commandHelp.out().contains("--instructions-url"), commandHelp.out());
	}

	@Test
	void aCreatedProjectReportsEveryImageAsUnlabeled() throws Exception {
		Path data = Product.images(temp.resolve("images"), 30);
		String ws = temp.resolve("ws").toString();
		Result created = Product.cli("--workspace", ws, "project", "create", "--name", "demo", "--type",
				"image-multiclass", "--data", data.toString(), "--labels", "cat,dog");
		assertEquals(0, created.exit(), created.err());
		assertEquals("Created project demo (image-multiclass): 30 items, 0 with errors\n", created.out());

		Result shown = Product.cli("--workspace", ws, "project", "show", "demo", "--json");
		assertEquals(0, shown.exit(), shown.err());
		assertEquals("", shown.err(), "nothing but the result is printed");
		JsonNode project = shown.json();
		assertEquals("demo", project.get("name").asText());
		assertEquals("image-multiclass", project.get("type").asText());
		assertEquals("RUNNING", project.get("state").asText());
		JsonNode items = project.get("items");
		assertEquals(30, items.get("total").asLong());
		assertEquals(30, items.get("unlabeled").asLong());
		for (String state : new String[] { "in_task", "labeled", "error", "skipped", "rejected" }) {
			assertEquals(0, items.get(state).asLong(), state);
		}
		assertEquals(0, project.get("labels").get("cat").asLong());
		assertEquals(0, project.get("labels").get("dog").asLong());

		Result listed = Product.cli("--json", "--workspace", ws, "project", "list");
		assertEquals(0, listed.exit(), listed.err());
		assertEquals("demo", listed.json().get("projects").get(0).get("name").asText());
	}

	@Test
	void projectsPauseAndRun() throws Exception {
		String ws = temp.resolve("ws").toString();
		Path data = Product.images(temp.resolve("images"), 2);
		assertEquals(0, Product.cli("--workspace", ws, "project", "create", "--name", "p", "--type", "image-bbox",
				"--data", data.toString(), "--labels", "car").exit());
		Result paused = Product.cli("--workspace", ws, "project", "pause", "p");
		assertEquals(0, paused.exit(), paused.err());
		assertEquals("Project p is PAUSED\n", paused.out());
		assertEquals("PAUSED", Product.cli("--workspace", ws, "--json", "project", "show", "p").json().get("state").asText());
		assertEquals("RUNNING", Product.cli("--workspace", ws, "project", "run", "p", "--json").json().get("state").asText());
	}

	@Test
	void badInputIsOneLineOnStderrAndExitCodeTwo() throws Exception {
		String ws = temp.resolve("ws").toString();
		Path data = Product.images(temp.resolve("images"), 3);
		assertEquals(0, Product.cli("--workspace", ws, "project", "create", "--name", "taken", "--type",
				"image-multiclass", "--data", data.toString(), "--labels", "a,b").exit());

		assertBadInput("unknown task type 'image-foo' (known: image-multiclass, image-multilabel, image-bbox, "
				+ "image-polygon, text-multiclass, text-multilabel)", "--workspace", ws, "project", "create", "--name",
				"x", "--type", "image-foo", "--data", data.toString(), "--labels", "a");
		assertBadInput("data folder " + temp.resolve("missing") + " does not exist", "--workspace", ws, "project",
				"create", "--name", "x", "--type", "image-bbox", "--data", temp.resolve("missing").toString(),
				"--labels", "a");
		assertBadInput("project name 'taken' is already used", "--workspace", ws, "project", "create", "--name",
				"taken", "--type", "image-bbox", "--data", data.toString(), "--labels", "a");
		assertBadInput("unknown command 'frobnicate'; see labelbench cli --help", "--workspace", ws, "frobnicate");
		assertBadInput("unknown option --colour for 'project list'; see --help", "--workspace", ws, "project", "list",
				"--colour");
		assertBadInput("option --labels is required for 'project create'", "--workspace", ws, "project", "create",
				"--name", "y", "--type", "image-bbox", "--data", data.toString());
		assertBadInput("project 'nope' does not exist", "--workspace", ws, "project", "show", "nope");
		assertBadInput("label class 'a' is given twice", "--workspace", ws, "project", "create", "--name", "z",
				"--type", "image-bbox", "--data", data.toString(), "--labels", "a,a");
		assertEquals(1, Product.cli("--workspace", ws, "--json", "project", "list").json().get("projects").size(),
				"nothing was created by the refused commands");
	}

	@Test
	void anUnusableWorkspaceIsAnEnvironmentErrorWithExitCodeThree() throws Exception {
		Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
		Result result = Product.cli("--workspace", file.resolve("ws").toString(), "project", "list");
		assertEquals(3, result.exit(), result.err());
		assertEquals(1, result.errLines().size(), result.err());
		assertTrue(result.err().startsWith("labelbench: error: cannot create workspace directory"), result.err());
		assertEquals("", result.out());
	}

	private static void assertBadInput(String message, String... args) throws Exception {
		Result result = Product.cli(args);
		assertEquals(2, result.exit(), String.join(" ", args) + "\n" + result.err());
		assertEquals("labelbench: error: " + message + "\n", result.err());
		assertEquals("", result.out(), "no output on stdout for a failed command");
	}
}
