package org.labelbench.ml.internal;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.labelbench.core.SubmissionListener;
import org.labelbench.core.Workspace;
import org.labelbench.ml.MlJobs;
import org.labelbench.ml.MlJobs.NextTraining;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Starts a project's training by itself once it has the labels its ML settings ask for: at the minimum first, then
 * every so many more. A submission only schedules a short check job, coalesced per project, so labeling never waits;
 * the check counts the labels and starts the training job, or queues it for a worker when this process is set to
 * ({@link MlJobs#TRAINING_PROPERTY}{@code =queue}).
 */
@Component
public final class TrainingTrigger implements SubmissionListener {

	/** lets a burst of submissions end in one check */
	static final long CHECK_DELAY_MS = 500;

	private final MlJobs jobs;
	/** per workspace (dropped with it) and project, the check job; at most one waits at a time */
	private final Map<Workspace, Map<String, Check>> checks = new WeakHashMap<>();
	/** per project, the labels at which a training was refused (too few classes): not again until more come */
	private final Map<String, Long> refusedAt = new ConcurrentHashMap<>();

	@Activate
	public TrainingTrigger(@Reference MlJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public void submitted(Workspace workspace, String project, ItemRecord item, SubmissionSource source) {
		Check check;
		synchronized (checks) {
			check = checks.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>()).computeIfAbsent(project,
					p -> new Check(workspace, p));
		}
		check.schedule(CHECK_DELAY_MS);
	}

	/** Looks whether a project is due, off the submitting thread; holds its workspace weakly, as the map does. */
	private final class Check extends Job {

		private final WeakReference<Workspace> workspace;
		private final String project;

		Check(Workspace workspace, String project) {
			super("Checking whether " + project + " is due for training");
			this.workspace = new WeakReference<>(workspace);
			this.project = project;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Workspace open = workspace.get();
			try {
				if (open != null) {
					startIfDue(open, project);
				}
			} catch (InvalidInputException | StoreException e) {
				// a project deleted or paused meanwhile, a workspace closed: nothing to train
				ILog.of(TrainingTrigger.class).info("No automatic training of " + project + ": " + e.getMessage());
			}
			return Status.OK_STATUS;
		}
	}

	void startIfDue(Workspace workspace, String project) {
		NextTraining next = jobs.nextTraining(workspace, project);
		String key = workspace.location() + "/" + project;
		if (!next.due() || next.labels() <= refusedAt.getOrDefault(key, -1L)) {
			return;
		}
		if ("queue".equals(System.getProperty(MlJobs.TRAINING_PROPERTY))) {
			jobs.queueTraining(workspace, project, "automatic training at " + next.labels() + " labels");
			return;
		}
		Job training = jobs.train(workspace, project);
		training.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.ERROR) {
					// refused before a run was recorded (labels of one class so far): wait for more labels
					refusedAt.put(key, next.labels());
				}
			}
		});
	}
}
