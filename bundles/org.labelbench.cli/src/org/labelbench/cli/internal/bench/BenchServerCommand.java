package org.labelbench.cli.internal.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.labelbench.model.Role;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.TeamServer;
import org.osgi.service.component.annotations.Component;

/**
 * Measures a team: a Derby Network Server with authentication on 127.0.0.1, and N clients, each its own user with its
 * own connections, claiming and submitting until the queue is empty; checks that every item was labeled once.
 */
@Component(service = CliCommand.class)
public final class BenchServerCommand extends Commands {

	private static final String PROJECT = "bench-team";

	public BenchServerCommand() {
		super("bench server", "[--items N] [--clients N]",
				"Measure the throughput of N clients claiming and submitting through a team server on 127.0.0.1.",
				Option.value("--items", "items in the project (default 10000)"),
				Option.value("--clients", "concurrent clients, each its own user (default 8)"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		int items = context.option("--items").map(v -> Arguments.integer("--items", v, 1, 10_000_000)).orElse(10_000);
		int clients = context.option("--clients").map(v -> Arguments.integer("--clients", v, 1, 64)).orElse(8);
		Path scratch = Files.createTempDirectory(Bench.scratchHome(context), "bench-team");
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", Bench.machine());
		List<char[]> passwords = new ArrayList<>();
		for (int i = 0; i <= clients; i++) {
			passwords.add(randomPassword());
		}
		try (TeamServer server = TeamServer.start(scratch.resolve("ws"), "127.0.0.1", 0, "benchadmin",
				passwords.get(clients))) {
			try (Workspace admin = context.open(login(server, "benchadmin", passwords.get(clients)))) {
				admin.projects().create(new ProjectSpec(PROJECT, "text-multiclass", rows(scratch, items), null, "text",
						List.of("a", "b"), null, null, null), new NullProgressMonitor());
				for (int i = 0; i < clients; i++) {
					admin.members().setPassword(user(i), passwords.get(i));
					admin.members().add(PROJECT, user(i), Role.LABELER);
				}
				result.put("items", items);
				result.put("clients", clients);
				result.putAll(measure(context, server, clients, passwords));
				result.put("labeled", admin.projects().status(PROJECT).items().labeled());
			}
		} finally {
			BenchData.delete(scratch);
		}
		Bench.print(context, result);
		return ExitCode.OK;
	}

	private static Map<String, Object> measure(CommandContext context, TeamServer server, int clients,
			List<char[]> passwords) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> running = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < clients; i++) {
			int n = i;
			running.add(pool.submit(() -> label(context, server, n, passwords.get(n))));
		}
		long submitted = 0;
		List<long[]> claimNanos = new ArrayList<>();
		for (Future<long[]> client : running) {
			long[] nanos = client.get();
			submitted += nanos[0];
			claimNanos.add(Arrays.copyOfRange(nanos, 1, nanos.length));
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		long[] all = claimNanos.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("submitted", Bench.rate("items", submitted, elapsed));
		Map<String, Object> claim = new LinkedHashMap<>();
		claim.put("claims", all.length);
		claim.put("p50ms", millis(all[(int) (all.length * 0.50)]));
		claim.put("p99ms", millis(all[Math.min(all.length - 1, (int) (all.length * 0.99))]));
		claim.put("maxms", millis(all[all.length - 1]));
		figures.put("claim", claim);
		return figures;
	}

	/** @return the items one client submitted, then the nanoseconds of each of its claims */
	private static long[] label(CommandContext context, TeamServer server, int n, char[] password) {
		ClassLabel label = LabelbenchFactory.eINSTANCE.createClassLabel();
		label.setClassName(n % 2 == 0 ? "a" : "b");
		List<Long> nanos = new ArrayList<>();
		long submitted = 0;
		try (Workspace client = context.open(login(server, user(n), password))) {
			while (true) {
				long start = System.nanoTime();
				List<ItemRecord> task = client.labeling().claimTask(PROJECT, user(n), 1, Labeling.DEFAULT_LEASE);
				nanos.add(System.nanoTime() - start);
				if (task.isEmpty()) {
					break;
				}
				client.labeling().submit(PROJECT, task.get(0).location(), List.of(label), user(n));
				submitted++;
			}
		}
		long[] result = new long[nanos.size() + 1];
		result[0] = submitted;
		for (int i = 0; i < nanos.size(); i++) {
			result[i + 1] = nanos.get(i);
		}
		return result;
	}

	private static StoreLocation login(TeamServer server, String user, char[] password) {
		return StoreLocation.server(server.url()).withPassword(user, password);
	}

	private static String user(int n) {
		return "bench" + n;
	}

	private static Path rows(Path scratch, int items) throws java.io.IOException {
		Path file = scratch.resolve("rows.csv");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("text\n");
			for (int i = 0; i < items; i++) {
				writer.write("row " + i + " of the team benchmark\n");
			}
		}
		return file;
	}

	private static char[] randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().withoutPadding().encodeToString(bytes).toCharArray();
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1e4) / 100.0;
	}
}
