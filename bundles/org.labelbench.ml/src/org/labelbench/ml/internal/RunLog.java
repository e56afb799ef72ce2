package org.labelbench.ml.internal;

import java.util.Date;
import java.util.Objects;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Metric;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.MlRunRepository;

/**
 * One ML run as the dashboard sees it: recorded as running when it starts, updated when it ends with its items,
 * device, metrics and status (succeeded, failed with the reason, or canceled).
 */
final class RunLog {

	private final MlRunRepository runs;
	private final long projectId;
	private final MlRun run;
	/** what the run said before it started here (which worker claimed it), kept before its own message */
	private final String before;

	private RunLog(MlRunRepository runs, long projectId, MlRun run) {
		this.runs = runs;
		this.projectId = projectId;
		this.run = run;
		this.before = run.getMessage();
	}

	static RunLog start(MlRunRepository runs, long projectId, MlRunKind kind) {
		MlRun run = LabelbenchFactory.eINSTANCE.createMlRun();
		run.setKind(kind);
		run.setStatus(MlRunStatus.RUNNING);
		run.setStartedAt(new Date());
		return new RunLog(runs, projectId, runs.add(projectId, run));
	}

	/** Goes on with a run claimed from the queue: it keeps its id, start and the worker's name. */
	static RunLog resume(MlRunRepository runs, long projectId, MlRun claimed) {
		MlRun run = EcoreUtil.copy(claimed);
		run.setStatus(MlRunStatus.RUNNING);
		if (run.getStartedAt() == null) {
			run.setStartedAt(new Date());
		}
		runs.update(projectId, run);
		return new RunLog(runs, projectId, run);
	}

	RunLog items(long items) {
		run.setItems(items);
		return this;
	}

	RunLog device(String device) {
		run.setDevice(device);
		return this;
	}

	RunLog message(String message) {
		run.setMessage(before == null ? message : before + "; " + message);
		return this;
	}

	/** Adds an overall metric ({@code labelClass} null) or one of a class. */
	RunLog metric(String name, double value, String labelClass) {
		run.getMetrics().removeIf(m -> m.getName().equals(name) && Objects.equals(m.getLabelClass(), labelClass));
		Metric metric = LabelbenchFactory.eINSTANCE.createMetric();
		metric.setName(name);
		metric.setValue(value);
		metric.setLabelClass(labelClass);
		run.getMetrics().add(metric);
		return this;
	}

	MlRun succeeded() {
		return end(MlRunStatus.SUCCEEDED);
	}

	/** Records how the run ended when it threw, and returns the exception to rethrow. */
	RuntimeException ended(RuntimeException e) {
		if (e instanceof OperationCanceledException) {
			message("canceled");
			end(MlRunStatus.CANCELED);
		} else {
			message(e.getMessage() != null ? e.getMessage() : e.toString());
			end(MlRunStatus.FAILED);
		}
		return e;
	}

	private MlRun end(MlRunStatus status) {
		run.setStatus(status);
		run.setFinishedAt(new Date());
		runs.update(projectId, run);
		return run;
	}
}
