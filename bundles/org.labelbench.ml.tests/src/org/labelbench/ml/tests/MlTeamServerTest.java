package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.model.Role;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.store.TeamServer;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;

/**
 * ML assistance for a team on a Derby Network Server started on 127.0.0.1 in the test: an admin's desktop queues a
 * training, an ML worker signed in to the server as another user trains and prelabels (the classifier travels through
 * the server's store, not a shared folder), and a labeler's desktop sees the run with the device it used and gets
 * prelabeled items from the queue.
 */
class MlTeamServerTest {

	private static final char[] BOSS = "boss-secret-1".toCharArray();
	private static final char[] WORKER = "gpu-box-pass".toCharArray();
	private static final char[] LIA = "lia-pass-123".toCharArray();

	@TempDir
	Path temp;

	@Test
	void aWorkerOnTheTeamServerTrainsWhatADesktopQueuedAndTheLabelerGetsItsPrelabels() throws Exception {
		Map<String, String> truth = circlesAndSquares(temp.resolve("shapes"), 300);
		MlJobs jobs = OsgiServices.get(MlJobs.class);
		try (TeamServer server = TeamServer.start(temp.resolve("team"), "127.0.0.1", 0, "boss", BOSS)) {
			MlRun queued;
			try (Workspace desktop = open(server, "boss", BOSS)) {
				desktop.projects().create(new ProjectSpec("team", "image-multiclass", temp.resolve("shapes"),
						List.of("circle", "square"), null, null), new NullProgressMonitor());
				desktop.members().setPassword("gpubox", WORKER);
				desktop.members().addAdmin("gpubox");
				desktop.members().setPassword("lia", LIA);
				desktop.members().add("team", "lia", Role.LABELER);
				MlProjects.label(desktop, "team", truth, 0, 100);
				queued = jobs.queueTraining(desktop, "team", "boss's desktop");
			}

			MlRun ran;
			try (Workspace worker = open(server, "gpubox", WORKER)) {
				ran = jobs.runQueued(worker, "ml-worker@team-test", new NullProgressMonitor()).orElseThrow();
			}
			assertEquals(MlRunStatus.SUCCEEDED, ran.getStatus(), ran.getMessage());

			try (Workspace labeler = open(server, "lia", LIA)) {
				MlRun seen = labeler.projects().mlRuns("team").stream().filter(run -> run.getId() == queued.getId())
						.findFirst().orElseThrow();
				assertEquals(MlRunStatus.SUCCEEDED, seen.getStatus(), seen.getMessage());
				assertEquals("cpu()", seen.getDevice());
				assertTrue(seen.getMessage().startsWith("queued by boss's desktop; claimed by ml-worker@team-test"),
						seen.getMessage());
				MlRun inference = MlProjects.runs(labeler, "team", MlRunKind.INFERENCE).get(0);
				assertEquals(MlRunStatus.SUCCEEDED, inference.getStatus(), inference.getMessage());
				MlRun validation = MlProjects.runs(labeler, "team", MlRunKind.VALIDATION).get(0);
				assertTrue(MlProjects.metric(inference, "prelabeled") > 0, "the worker prelabeled: "
						+ inference.getMessage() + "; validation accuracy " + MlProjects.metric(validation, "accuracy")
						+ ", coverage " + MlProjects.metric(validation, "coverage"));
				assertFalse(prelabeledServedTo(labeler).isEmpty(), "the queue serves lia prelabeled items");
			}
		}
	}

	/** @return the prelabeled items of the first tasks of 9 the queue serves the labeler */
	private static List<ItemRecord> prelabeledServedTo(Workspace labeler) {
		long projectId = labeler.projects().get("team").id();
		List<ItemRecord> prelabeled = new ArrayList<>();
		for (int tasks = 0; tasks < 3 && prelabeled.isEmpty(); tasks++) {
			labeler.labeling().claimTask("team", "lia", 9, Duration.ofMinutes(5)).stream()
					.filter(item -> labeler.store().items().defaultSubmission(projectId, item.id()).isPresent())
					.forEach(prelabeled::add);
		}
		return prelabeled;
	}

	/** @return the circles and squares among {@code count} synthetic shapes (the others are deleted) */
	private static Map<String, String> circlesAndSquares(Path folder, int count) throws Exception {
		Map<String, String> kept = new LinkedHashMap<>();
		for (Map.Entry<String, String> shape : SyntheticShapes.write(folder, count, 64, 11).entrySet()) {
			if (shape.getValue().equals("circle") || shape.getValue().equals("square")) {
				kept.put(shape.getKey(), shape.getValue());
			} else {
				Files.delete(folder.resolve(shape.getKey()));
			}
		}
		return kept;
	}

	private static Workspace open(TeamServer server, String user, char[] password) throws InterruptedException {
		return OsgiServices.get(WorkspaceService.class)
				.open(StoreLocation.server(server.url()).withPassword(user, password));
	}
}
