package org.labelbench.ml.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Metric;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.MlRunRepository.ClaimedRun;
import org.labelbench.store.ProjectRecord;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MlJobs} on the registered {@link MlAssist}. */
@Component(service = MlJobs.class)
public final class MlJobsService implements MlJobs {

	/** the settings' defaults, for a project that never had ML settings */
	private static final MlAssistSettings DEFAULTS = LabelbenchFactory.eINSTANCE.createMlAssistSettings();

	private final MlAssist assist;

	@Activate
	public MlJobsService(@Reference MlAssist assist) {
		this.assist = assist;
	}

	@Override
	public NextTraining nextTraining(Workspace workspace, String project) {
		ProjectRecord record = workspace.projects().get(project);
		MlAssistSettings settings = record.project().getMlAssist() == null ? DEFAULTS : record.project().getMlAssist();
		long labels = workspace.store().items().labeledCount(record.id());
		Optional<MlRun> last = workspace.store().mlRuns().list(record.id()).stream()
				.filter(run -> run.getKind() == MlRunKind.TRAINING && !abandoned(run)).findFirst();
		boolean pending = last.map(MlJobsService::pending).orElse(false)
				|| Job.getJobManager().find(MlJobs.family(workspace, project)).length > 0;
		long needed = last.map(run -> labelsOf(run, labels) + Math.max(1, settings.getRetrainEvery()))
				.orElse((long) settings.getMinLabelsForTraining());
		return new NextTraining(settings.isEnabled(), labels, needed, pending);
	}

	@Override
	public void setTrainingSchedule(Workspace workspace, String project, int minLabels, int retrainEvery) {
		if (minLabels < 1 || retrainEvery < 1) {
			throw new InvalidInputException("a training starts at 1 label or more, and again after 1 or more, not "
					+ minLabels + " and " + retrainEvery);
		}
		ProjectRecord record = workspace.projects().get(project);
		if (record.project().getMlAssist() == null) {
			record.project().setMlAssist(LabelbenchFactory.eINSTANCE.createMlAssistSettings());
		}
		record.project().getMlAssist().setMinLabelsForTraining(minLabels);
		record.project().getMlAssist().setRetrainEvery(retrainEvery);
		workspace.store().projects().update(record);
	}

	/**
	 * A training run still RUNNING this long after it started was left by a process that ended before it could record
	 * the end (the workbench quit, a worker killed): it is passed over, so it no longer holds the next training back. Trainings go through
	 * {@link org.labelbench.ml.TrainingSettings#IMAGE_BUDGET} images at most, minutes on a CPU.
	 */
	static final Duration ABANDONED_AFTER = Duration.ofHours(2);

	private static boolean abandoned(MlRun run) {
		return run.getStatus() == MlRunStatus.RUNNING && run.getStartedAt() != null
				&& run.getStartedAt().toInstant().isBefore(Instant.now().minus(ABANDONED_AFTER));
	}

	private static boolean pending(MlRun run) {
		return run.getStatus() == MlRunStatus.QUEUED || run.getStatus() == MlRunStatus.RUNNING;
	}

	/** @return the labels a training started with; a run that never said is taken as started now */
	private static long labelsOf(MlRun run, long now) {
		return run.getMetrics().stream()
				.filter(m -> MlAssistService.LABELS_METRIC.equals(m.getName()) && m.getLabelClass() == null)
				.mapToLong(m -> (long) m.getValue()).findFirst().orElse(now);
	}

	@Override
	public Job train(Workspace workspace, String project) {
		synchronized (this) {
			Job[] running = Job.getJobManager().find(MlJobs.family(workspace, project));
			if (running.length > 0) {
				return running[0];
			}
			Job job = assist.trainAndPrelabelJob(workspace, project);
			job.schedule();
			return job;
		}
	}

	@Override
	public synchronized MlRun queueTraining(Workspace workspace, String project, String requestedBy) {
		ProjectRecord record = workspace.projects().get(project);
		List<MlRun> runs = workspace.store().mlRuns().list(record.id());
		Optional<MlRun> queued = runs.stream()
				.filter(run -> run.getKind() == MlRunKind.TRAINING && run.getStatus() == MlRunStatus.QUEUED).findFirst();
		if (queued.isPresent()) {
			return queued.get();
		}
		MlRun run = LabelbenchFactory.eINSTANCE.createMlRun();
		run.setKind(MlRunKind.TRAINING);
		run.setStatus(MlRunStatus.QUEUED);
		run.setMessage("queued by " + requestedBy);
		Metric labels = LabelbenchFactory.eINSTANCE.createMetric();
		labels.setName(MlAssistService.LABELS_METRIC);
		labels.setValue(workspace.store().items().labeledCount(record.id()));
		run.getMetrics().add(labels);
		return workspace.store().mlRuns().add(record.id(), run);
	}

	@Override
	public Optional<MlRun> runQueued(Workspace workspace, String worker, IProgressMonitor monitor) {
		Optional<ClaimedRun> claimed = workspace.store().mlRuns().claimQueued(worker);
		if (claimed.isEmpty()) {
			return Optional.empty();
		}
		long projectId = claimed.get().projectId();
		MlRun run = claimed.get().run();
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			String project = projectName(workspace, projectId);
			if (run.getKind() != MlRunKind.TRAINING) {
				throw new InvalidInputException("a worker runs queued trainings, not " + run.getKind().getLiteral());
			}
			assist.train(workspace, project, run, progress.split(80));
			assist.prelabel(workspace, project, progress.split(20));
		} catch (RuntimeException e) {
			endIfRunning(workspace, projectId, run, e);
			if (e instanceof OperationCanceledException) {
				throw e;
			}
		}
		return workspace.store().mlRuns().list(projectId).stream().filter(r -> r.getId() == run.getId()).findFirst();
	}

	private static String projectName(Workspace workspace, long projectId) {
		return workspace.store().projects().list().stream().filter(p -> p.id() == projectId).findFirst()
				.map(p -> p.project().getName())
				.orElseThrow(() -> new InvalidInputException("project " + projectId + " no longer exists"));
	}

	/** A claimed run that failed before its training started is still RUNNING in the store: it ends here. */
	private static void endIfRunning(Workspace workspace, long projectId, MlRun claimed, RuntimeException e) {
		Optional<MlRun> stored = workspace.store().mlRuns().list(projectId).stream()
				.filter(r -> r.getId() == claimed.getId()).findFirst();
		if (stored.isPresent() && stored.get().getStatus() == MlRunStatus.RUNNING) {
			MlRun ended = stored.get();
			boolean canceled = e instanceof OperationCanceledException;
			ended.setStatus(canceled ? MlRunStatus.CANCELED : MlRunStatus.FAILED);
			ended.setMessage(claimed.getMessage() + "; " + (canceled ? "canceled" : e.getMessage()));
			ended.setFinishedAt(new Date());
			workspace.store().mlRuns().update(projectId, ended);
		}
	}
}
