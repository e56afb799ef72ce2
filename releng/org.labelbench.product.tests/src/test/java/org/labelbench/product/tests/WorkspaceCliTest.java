package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A test that runs the command line against one workspace in its temporary folder and checks the contract of
 * docs/cli.md on every call: exit code 0 for a result, 2 and one error line on stderr (nothing on stdout) for bad
 * input.
 */
abstract class WorkspaceCliTest {

	@TempDir
	Path temp;

	/** @return the workspace the commands run against */
	String workspace() {
		return temp.resolve("ws").toString();
	}

	Result ok(String... args) throws Exception {
		Result result = Product.cli(withWorkspace(args));
		assertEquals(0, result.exit(), String.join(" ", args) + ": " + result.err());
		return result;
	}

	/** @return the command's result with {@code --json} */
	JsonNode json(String... args) throws Exception {
		String[] all = withWorkspace(args);
		String[] withJson = Arrays.copyOf(all, all.length + 1);
		withJson[all.length] = "--json";
		Result result = Product.cli(withJson);
		assertEquals(0, result.exit(), String.join(" ", args) + ": " + result.err());
		return result.json();
	}

	void bad(String message, String... args) throws Exception {
		Result result = Product.cli(withWorkspace(args));
		assertEquals(2, result.exit(), String.join(" ", args) + ": " + result.err());
		assertEquals("labelbench: error: " + message + "\n", result.err());
		assertEquals("", result.out());
	}

	/** @return {@code args} after the option that names the workspace */
	String[] withWorkspace(String... args) {
		String[] all = new String[args.length + 2];
		all[0] = "--workspace";
		all[1] = workspace();
		System.arraycopy(args, 0, all, 2, args.length);
		return all;
	}
}
