package org.labelbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The assembled product, run as a separate process through its launcher script. */
final class Product {

	/** the smallest valid PNG: 1x1 pixel */
	static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15"
			+ "c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082");

	static final Path HOME = Path.of(System.getProperty("labelbench.product"));
	static final Path LAUNCHER = HOME.resolve("labelbench");

	record Result(int exit, String out, String err) {

		JsonNode json() throws IOException {
			return new ObjectMapper().readTree(out);
		}

		List<String> errLines() {
			return err.isEmpty() ? List.of() : List.of(err.split("\n"));
		}
	}

	private Product() {
	}

	/** Runs {@code labelbench cli ARGS} and waits for it. */
	static Result cli(String... args) throws IOException, InterruptedException {
		return cli(HOME, java.util.Map.of(), null, args);
	}

	/** Runs {@code labelbench cli ARGS} of the product installed in {@code home} (a copy) and waits for it. */
	static Result cli(Path home, String... args) throws IOException, InterruptedException {
		return cli(home, java.util.Map.of(), null, args);
	}

	/** Runs {@code labelbench cli ARGS} with more environment variables and, unless null, text on standard input. */
	static Result cli(java.util.Map<String, String> environment, String stdin, String... args)
			throws IOException, InterruptedException {
		return cli(HOME, environment, stdin, args);
	}

	private static Result cli(Path home, java.util.Map<String, String> environment, String stdin, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(home.resolve("labelbench").toString(), "cli"));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("labelbench-out", ".txt");
		Path err = Files.createTempFile("labelbench-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		try (var in = process.getOutputStream()) {
			if (stdin != null) {
				in.write(stdin.getBytes(StandardCharsets.UTF_8));
			}
		}
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "labelbench cli " + String.join(" ", args) + " finished");
		Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
		Files.delete(out);
		Files.delete(err);
		return result;
	}

	/** Starts the workbench on a workspace; its output goes to a file in the workspace's parent. */
	static Process workbench(Path workspace) throws IOException {
		Path log = workspace.resolveSibling("workbench.out");
		return new ProcessBuilder(LAUNCHER.toString(), "--workspace", workspace.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
	}

	/** Writes {@code n} small PNG images, some in sub-folders, and returns the folder. */
	static Path images(Path folder, int n) throws IOException {
		for (int i = 0; i < n; i++) {
			Path file = folder.resolve(i % 3 == 0 && i > 0 ? "sub/img" + i + ".png" : "img" + i + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, PNG);
		}
		return folder;
	}

	/** A workspace served by {@code labelbench cli server start} in its own process; closing stops it cleanly. */
	record TeamServer(Process process, String url) implements AutoCloseable {
		@Override
		public void close() throws InterruptedException {
			process.destroy(); // SIGTERM: the server shuts the database down cleanly
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server stopped");
		}
	}

	/**
	 * Starts {@code server start} on a free port of 127.0.0.1 for a workspace, as the administrator {@code user}
	 * whose password is in {@code environment}, and waits until it prints the URL it serves at.
	 */
	static TeamServer server(String workspace, String user, java.util.Map<String, String> environment, Path errors)
			throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder start = new ProcessBuilder(LAUNCHER.toString(), "cli", "--workspace", workspace, "--user", user,
				"server", "start", "--port", Integer.toString(port)).redirectError(errors.toFile());
		start.environment().putAll(environment);
		Process server = start.start();
		String line = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
				StandardCharsets.UTF_8)).readLine();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(" at (derby://\\S+) ")
				.matcher(line == null ? "" : line);
		if (!matcher.find()) {
			server.destroy();
			throw new AssertionError("the server printed no URL: " + line + "; " + Files.readString(errors));
		}
		return new TeamServer(server, matcher.group(1));
	}

	static void waitFor(Duration timeout, String what, Check check) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!check.done()) {
			assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
			Thread.sleep(250);
		}
	}

	@FunctionalInterface
	interface Check {
		boolean done() throws Exception;
	}
}
