package org.labelbench.ml.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.store.ProjectRecord;
import org.labelbench.testsupport.Annotations;

/** Small shape projects for the tests of ML jobs, and waiting for what runs in the background. */
final class MlProjects {

	private MlProjects() {
	}

	static void create(Workspace workspace, String name, Path shapes) {
		workspace.projects().create(new ProjectSpec(name, "image-multiclass", shapes,
				org.labelbench.testsupport.SyntheticShapes.CLASSES, null, null), new NullProgressMonitor());
	}

	/** Changes a project's ML settings as an admin does. */
	static void settings(Workspace workspace, String name, java.util.function.Consumer<MlAssistSettings> change) {
		ProjectRecord record = workspace.projects().get(name);
		if (record.project().getMlAssist() == null) {
			record.project().setMlAssist(LabelbenchFactory.eINSTANCE.createMlAssistSettings());
		}
		change.accept(record.project().getMlAssist());
		workspace.store().projects().update(record);
	}

	/** Labels items {@code from} (inclusive) to {@code to} (exclusive) of the shapes, in their order, as a labeler. */
	static void label(Workspace workspace, String name, Map<String, String> truth, int from, int to) {
		truth.entrySet().stream().skip(from).limit(to - from).forEach(e -> workspace.labeling().submit(name,
				e.getKey(), List.of(Annotations.label(e.getValue())), "ana"));
	}

	static List<MlRun> runs(Workspace workspace, String name, MlRunKind kind) {
		return workspace.projects().mlRuns(name).stream().filter(run -> run.getKind() == kind).toList();
	}

	static double metric(MlRun run, String metric) {
		return run.getMetrics().stream().filter(m -> m.getName().equals(metric) && m.getLabelClass() == null)
				.mapToDouble(m -> m.getValue()).findFirst().orElseThrow(() -> new AssertionError(
						"run " + run.getId() + " has no metric " + metric));
	}

	/** Waits until the condition holds, at most a few minutes (a 2-core machine shared with builds). */
	static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 180_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("not within 3 minutes: " + what);
			}
			Thread.sleep(100);
		}
	}
}
