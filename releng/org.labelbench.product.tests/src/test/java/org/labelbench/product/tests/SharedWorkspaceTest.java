package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.product.tests.Product.Result;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Several Labelbench processes on one workspace: the first opens the embedded database and serves it on loopback;
 * the others go through that server; when the owner dies, the next process takes over.
 */
class SharedWorkspaceTest {

	@TempDir
	Path temp;

	@Test
	void theCliWorksWhileTheWorkbenchIsOpenAndAfterItIsKilled() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "the workbench needs a display (./test runs under xvfb-run)");
		Path ws = temp.resolve("ws");
		Path data = Product.images(temp.resolve("images"), 12);
		Process workbench = Product.workbench(ws);
		try {
			// the workbench creates the sample project on the empty workspace; the CLI sees it through the server
			Product.waitFor(Duration.ofSeconds(90), "the CLI lists the workbench's sample project", () -> {
				assertTrue(workbench.isAlive(), "workbench exited: " + Files.readString(temp.resolve("workbench.out")));
				Result list = Product.cli("--workspace", ws.toString(), "--json", "project", "list");
				return list.exit() == 0 && list.out().contains("Sample shapes");
			});
			assertEquals(workbench.pid(), ownerPid(ws), "the workbench owns the database");
			Result created = Product.cli("--workspace", ws.toString(), "project", "create", "--name", "while-open",
					"--type", "image-bbox", "--data", data.toString(), "--labels", "car,bus");
			assertEquals(0, created.exit(), created.err());
		} finally {
			workbench.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean database close
			workbench.waitFor();
		}
		Result after = Product.cli("--workspace", ws.toString(), "--json", "project", "show", "while-open");
		assertEquals(0, after.exit(), after.err());
		assertEquals(12, after.json().get("items").get("total").asLong(), "everything committed before the kill is there");
		JsonNode sample = Product.cli("--workspace", ws.toString(), "--json", "project", "show", "Sample shapes").json();
		assertEquals(24, sample.get("items").get("unlabeled").asLong());
		assertFalse(Files.exists(ws.resolve("server.properties")), "the CLI that took over withdrew its server on exit");
	}

	@Test
	void commandsRunningAtOnceShareTheWorkspace() throws Exception {
		Path ws = temp.resolve("ws");
		Path data = Product.images(temp.resolve("images"), 200);
		ExecutorService pool = Executors.newFixedThreadPool(3);
		List<Future<Result>> results = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String name = "parallel-" + i;
			results.add(pool.submit(() -> Product.cli("--workspace", ws.toString(), "project", "create", "--name", name,
					"--type", "image-multilabel", "--data", data.toString(), "--labels", "a,b")));
		}
		for (Future<Result> result : results) {
			assertEquals(0, result.get().exit(), result.get().err());
		}
		pool.shutdown();
		JsonNode projects = Product.cli("--workspace", ws.toString(), "--json", "project", "list").json().get("projects");
		assertEquals(3, projects.size());
		for (JsonNode project : projects) {
			assertEquals(200, project.get("items").get("total").asLong());
		}
	}

	private static long ownerPid(Path ws) throws Exception {
		Properties server = new Properties();
		try (var reader = Files.newBufferedReader(ws.resolve("server.properties"))) {
			server.load(reader);
		}
		return Long.parseLong(server.getProperty("pid"));
	}
}
