package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.Labeling;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.ServerLogin;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.Role;
import org.labelbench.store.ConcurrentChangeException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.PermissionDeniedException;
import org.labelbench.store.ProjectRecord;
import org.labelbench.store.StoreException;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.TeamServer;
import org.labelbench.testsupport.Annotations;

/**
 * A team on a Derby Network Server started on 127.0.0.1 in the test run, with authentication on: every client signs
 * in with its own user and password, and the services check its role.
 */
class TeamServerTest {

	private static final int ITEMS = 10_000;
	private static final int CLIENTS = 8;
	private static final char[] ADMIN_PASSWORD = "boss-secret-1".toCharArray();

	@TempDir
	static Path temp;
	static TeamServer server;
	static Workspace admin;

	@BeforeAll
	static void startServer() throws Exception {
		server = TeamServer.start(temp.resolve("team"), "127.0.0.1", 0, "boss", ADMIN_PASSWORD);
		admin = open("boss", ADMIN_PASSWORD);
		StringBuilder csv = new StringBuilder("text\n");
		for (int i = 0; i < ITEMS; i++) {
			csv.append("review number ").append(i).append('\n');
		}
		Path file = Files.writeString(temp.resolve("reviews.csv"), csv);
		admin.projects().create(new ProjectSpec("reviews", "text-multiclass", file, null, "text",
				List.of("pos", "neg"), null, null, null), new NullProgressMonitor());
		for (int i = 0; i < CLIENTS; i++) {
			admin.members().setPassword(labeler(i), password(i));
			admin.members().add("reviews", labeler(i), Role.LABELER);
		}
	}

	@AfterAll
	static void stopServer() {
		if (admin != null) {
			admin.close();
		}
		if (server != null) {
			server.close();
		}
	}

	static Workspace open(String user, char[] password) throws InterruptedException {
		return Services.get(WorkspaceService.class)
				.open(StoreLocation.server(server.url()).withPassword(user, password));
	}

	static String labeler(int i) {
		return "labeler" + i;
	}

	static char[] password(int i) {
		return ("password-of-" + i).toCharArray();
	}

	@Test
	void theServerRefusesAWrongPasswordAndNamesTheUser() {
		StoreException e = assertThrows(StoreException.class, () -> open("labeler0", "wrong-one".toCharArray()));
		assertTrue(e.getMessage().contains("refused user 'labeler0': wrong user name or password"), e.getMessage());
	}

	@Test
	void aLabelerOnTheServerCannotExportOrChangeClasses() throws Exception {
		try (Workspace labeler = open(labeler(0), password(0))) {
			assertEquals("labeler0", labeler.access().user());
			assertEquals("user 'labeler0' may not export project 'reviews': a labeler labels only",
					assertThrows(PermissionDeniedException.class, () -> labeler.exports().export(
							new ExportRequest("reviews", "csv", temp.resolve("x.csv"), false, false),
							new NullProgressMonitor())).getMessage());
			assertEquals("user 'labeler0' may not change the classes of project 'reviews': a labeler labels only",
					assertThrows(PermissionDeniedException.class, () -> labeler.projects().addLabels("reviews",
							List.of("meh"), org.labelbench.core.LabelMode.CONTINUE)).getMessage());
		}
	}

	@Test
	void concurrentEditsOfSettingsFromTwoClientsAreDetected() throws Exception {
		try (Workspace other = open("boss", ADMIN_PASSWORD)) {
			ProjectRecord mine = admin.projects().get("reviews");
			ProjectRecord theirs = other.projects().get("reviews");
			mine.project().setInstructions(null);
			admin.store().projects().update(mine);
			assertThrows(ConcurrentChangeException.class, () -> other.store().projects().update(theirs));
		}
	}

	@Test
	void aPasswordKeptInSecureStorageSignsInAndIsStoredEncrypted() throws Exception {
		String before = System.getProperty("labelbench.config");
		Path config = temp.resolve("config");
		System.setProperty("labelbench.config", config.toString());
		try {
			ServerLogin.remember(server.url(), "labeler3", password(3));
			StoreLocation location = ServerLogin.location(server.url(), java.util.Optional.of("labeler3"));
			try (Workspace labeler = Services.get(WorkspaceService.class).open(location)) {
				assertEquals("labeler3", labeler.access().user());
			}
			String stored = Files.readString(config.resolve("servers.secure"));
			assertTrue(!stored.contains(new String(password(3))), "the password is encrypted: " + stored);
		} finally {
			if (before == null) {
				System.clearProperty("labelbench.config");
			} else {
				System.setProperty("labelbench.config", before);
			}
		}
	}

	/**
	 * The done-when test of team mode: eight clients, each its own user with its own connections to the server, claim
	 * and submit until the queue is empty. Every item is labeled exactly once and none is lost.
	 */
	@Test
	void eightClientsLabelEveryItemExactlyOnce() throws Exception {
		Set<Long> labeled = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<Future<long[]>> clients = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < CLIENTS; i++) {
			int n = i;
			clients.add(pool.submit(() -> label(n, labeled)));
		}
		long submitted = 0;
		List<Long> claimNanos = new ArrayList<>();
		for (Future<long[]> client : clients) {
			long[] result = client.get();
			submitted += result[0];
			for (int i = 1; i < result.length; i++) {
				claimNanos.add(result[i]);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();

		assertEquals(ITEMS, submitted, "as many submissions as items: none labeled twice");
		assertEquals(ITEMS, labeled.size(), "every item labeled");
		ProjectStatus status = admin.projects().status("reviews");
		assertEquals(ITEMS, status.items().labeled());
		assertEquals(0, status.items().unlabeled() + status.items().inTask());
		long byLabelers = 0;
		for (int i = 0; i < CLIENTS; i++) {
			byLabelers += admin.labeling().progress("reviews", labeler(i)).labeled();
		}
		assertEquals(ITEMS, byLabelers, "each current label belongs to one labeler");

		claimNanos.sort(null);
		System.out.printf(Locale.ROOT, "BENCH team server: %d clients claimed and submitted %d items in %.1f s: %.0f "
				+ "items/s; claim p50 %.2f ms, p99 %.2f ms, max %.1f ms%n", CLIENTS, ITEMS, seconds, ITEMS / seconds,
				percentile(claimNanos, 0.50), percentile(claimNanos, 0.99), claimNanos.get(claimNanos.size() - 1) / 1e6);
	}

	/** @return the number of items submitted, then the nanoseconds of each claim */
	private static long[] label(int n, Set<Long> labeled) throws Exception {
		List<Long> times = new ArrayList<>();
		long submitted = 0;
		try (Workspace client = open(labeler(n), password(n))) {
			while (true) {
				long t0 = System.nanoTime();
				List<ItemRecord> task = client.labeling().claimTask("reviews", labeler(n), 1, Labeling.DEFAULT_LEASE);
				times.add(System.nanoTime() - t0);
				if (task.isEmpty()) {
					break;
				}
				ItemRecord item = task.get(0);
				if (!labeled.add(item.id())) {
					throw new AssertionError("item " + item.location() + " was handed out twice");
				}
				client.labeling().submit("reviews", item.location(),
						List.of(Annotations.label(n % 2 == 0 ? "pos" : "neg")), labeler(n));
				submitted++;
			}
		}
		long[] result = new long[times.size() + 1];
		result[0] = submitted;
		for (int i = 0; i < times.size(); i++) {
			result[i + 1] = times.get(i);
		}
		return result;
	}

	private static double percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
	}

}
