package org.labelbench.ml.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.labelbench.core.Workspace;
import org.labelbench.ml.DetectionAssist;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.MlRun;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreException;

/**
 * Trains a project's classifier and prelabels with it, in the background: cancellable, its engine bounded to the
 * training settings' threads, one at a time per project (a scheduling rule), in the project's job family.
 */
final class TrainingJob extends Job {

	private final MlAssist assist;
	private final Workspace workspace;
	private final String project;
	private final MlRun claimed;

	/** @param claimed a run claimed from the queue to record the training in, or null for a new one */
	TrainingJob(MlAssist assist, Workspace workspace, String project, MlRun claimed) {
		super("Training the classifier of " + project);
		this.assist = assist;
		this.workspace = workspace;
		this.project = project;
		this.claimed = claimed;
		setRule(new ProjectRule(workspace.location().toString(), project));
		setPriority(LONG);
		setUser(true); // the workbench shows its progress with a Cancel button
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		try {
			assist.train(workspace, project, claimed, progress.split(70));
			assist.prelabel(workspace, project, progress.split(15));
			if (!DetectionAssist.TASK_TYPE.equals(workspace.projects().get(project).project().getTaskType())) {
				assist.cluster(workspace, project, progress.split(15)); // look-alikes: classification projects
			}
			return Status.OK_STATUS;
		} catch (InvalidInputException | StoreException e) {
			return Status.error(e.getMessage(), e);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return MlJobs.family(workspace, project).equals(family);
	}

	/** One ML job at a time per project: two trainings would race for its kept classifier. */
	private record ProjectRule(String workspace, String project) implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return equals(rule);
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return equals(rule);
		}
	}
}
