package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticShapes;
import org.osgi.framework.FrameworkUtil;

/**
 * A TorchScript backbone the admin points the project to: made here by Debian's python3-torch
 * ({@code tools/make-torchscript-backbone.py}), loaded offline, fine-tuned with a new head; a missing or corrupt file
 * fails the training with the reason while labeling goes on.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackboneTest {

	static final int LABELED = 200;
	static final int UNLABELED = 100;

	@TempDir
	static Path temp;
	static Workspace workspace;
	static MlAssist assist;
	static Map<String, String> truth;

	@BeforeAll
	static void project() throws Exception {
		truth = SyntheticShapes.write(temp.resolve("shapes"), LABELED + UNLABELED, 64, 17);
		workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
		assist = OsgiServices.get(MlAssist.class);
		workspace.projects().create(new ProjectSpec("tuned", "image-multiclass", temp.resolve("shapes"),
				SyntheticShapes.CLASSES, null, null), new NullProgressMonitor());
		List<String> names = new ArrayList<>(truth.keySet());
		for (String item : names.subList(0, LABELED)) {
			workspace.labeling().submit("tuned", item, List.of(Annotations.label(truth.get(item))), "ana");
		}
	}

	@AfterAll
	static void close() {
		workspace.close();
	}

	static Path makeBackbone() throws Exception {
		Path script = temp.resolve("make-torchscript-backbone.py");
		try (InputStream in = FrameworkUtil.getBundle(BackboneTest.class).getEntry("tools/make-torchscript-backbone.py")
				.openStream()) {
			Files.copy(in, script);
		}
		Path backbone = temp.resolve("backbone.pt");
		Process python = new ProcessBuilder("/usr/bin/python3", script.toString(), backbone.toString())
				.redirectErrorStream(true).start();
		String output = new String(python.getInputStream().readAllBytes());
		assertEquals(0, python.waitFor(), "python3-torch makes the backbone (Debian package python3-torch): " + output);
		return backbone;
	}

	static void setBackbone(String path) {
		var record = workspace.projects().get("tuned");
		if (record.project().getMlAssist() == null) {
			record.project().setMlAssist(LabelbenchFactory.eINSTANCE.createMlAssistSettings());
			record.project().getMlAssist().setAnyOrientation(true);
		}
		record.project().getMlAssist().setBackbonePath(path);
		workspace.store().projects().update(record);
	}

	@Test
	@Order(1)
	void aTorchScriptBackboneIsFineTunedWithANewHead() throws Exception {
		setBackbone(makeBackbone().toString());
		long start = System.nanoTime();
		MlAssist.Training training = assist.train(workspace, "tuned", new NullProgressMonitor());
		System.out.printf(Locale.ROOT, "ML backbone: fine-tuned on %d, validated on %d in %.1f s, accuracy %.3f%n",
				training.trained(), training.validated(), (System.nanoTime() - start) / 1e9, training.accuracy());
		assertTrue(training.training().getMessage().contains("backbone " + temp.resolve("backbone.pt")),
				training.training().getMessage());
		assertTrue(training.accuracy() >= 0.5, "it learned the shapes: accuracy " + training.accuracy());
		MlAssist.Prelabeling prelabeling = assist.prelabel(workspace, "tuned", new NullProgressMonitor());
		assertEquals(UNLABELED, prelabeling.predicted(), "the kept fine-tuned classifier loads again");
		MlAssist.Clustering clustering = assist.cluster(workspace, "tuned", new NullProgressMonitor());
		assertEquals(UNLABELED, clustering.embedded(), "the backbone's outputs embed the items");
	}

	@Test
	@Order(2)
	void aMissingBackboneFailsTheTrainingWithTheReasonAndLabelingGoesOn() {
		Path missing = temp.resolve("nowhere/backbone.pt");
		setBackbone(missing.toString());
		InvalidInputException failed = assertThrows(InvalidInputException.class,
				() -> assist.train(workspace, "tuned", new NullProgressMonitor()));
		assertEquals("project 'tuned' cannot train on its backbone: the backbone file " + missing
				+ " does not exist", failed.getMessage());
		assertFailedRun(failed.getMessage());
		labelingGoesOn();
	}

	@Test
	@Order(3)
	void aCorruptBackboneFailsTheTrainingWithTheReasonAndLabelingGoesOn() throws Exception {
		Path corrupt = Files.write(temp.resolve("corrupt.pt"), "not a model at all".getBytes());
		setBackbone(corrupt.toString());
		InvalidInputException failed = assertThrows(InvalidInputException.class,
				() -> assist.train(workspace, "tuned", new NullProgressMonitor()));
		assertTrue(failed.getMessage().startsWith("project 'tuned' cannot train on its backbone: the backbone file "
				+ corrupt + " is not a TorchScript module: "), failed.getMessage());
		assertFailedRun(failed.getMessage());
		labelingGoesOn();
	}

	/** The newest training run failed with the reason (its images' featurization, recorded apart, may be newer). */
	private static void assertFailedRun(String reason) {
		MlRun last = workspace.projects().mlRuns("tuned").stream().filter(r -> r.getKind() == MlRunKind.TRAINING)
				.findFirst().orElseThrow();
		assertEquals(MlRunStatus.FAILED, last.getStatus());
		assertEquals(reason, last.getMessage());
	}

	/** The labeler gets the next task and submits; the classifier kept before still prelabels. */
	private static void labelingGoesOn() {
		List<ItemRecord> task = workspace.labeling().claimTask("tuned", "ben", 4, Duration.ofMinutes(5));
		assertFalse(task.isEmpty());
		workspace.labeling().submit("tuned", task.get(0).location(),
				List.of(Annotations.label(truth.get(task.get(0).location()))), "ben");
		assertEquals(MlRunStatus.SUCCEEDED,
				assist.prelabel(workspace, "tuned", new NullProgressMonitor()).run().getStatus());
	}
}
