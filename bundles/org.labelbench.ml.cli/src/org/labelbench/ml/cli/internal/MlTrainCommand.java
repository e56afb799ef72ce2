package org.labelbench.ml.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Workspace;
import org.labelbench.ml.DetectionAssist;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlJobs;
import org.labelbench.model.MlRun;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CliCommand.class)
public final class MlTrainCommand extends Commands {

	private final MlAssist assist;
	private final MlJobs jobs;

	@Activate
	public MlTrainCommand(@Reference MlAssist assist, @Reference MlJobs jobs) {
		super("ml train", "PROJECT [--no-prelabel] [--queue]",
				"Train a classifier (a box detector for image-bbox projects) on the project's human labels, calibrate"
						+ " its per-class thresholds on a held-out slice, prelabel the unlabeled items it is sure of, and"
						+ " group look-alikes in the queue.",
				Option.flag("--no-prelabel", "train and calibrate only"),
				Option.flag("--queue", "queue the training (and its prelabels) for an ML worker instead of running it here"));
		this.assist = assist;
		this.jobs = jobs;
	}

	@Override
	public int run(CommandContext context) {
		String project = context.positional("project name");
		Workspace workspace = context.workspace();
		if (context.flag("--queue")) {
			return queue(context, project);
		}
		MlAssist.Training training = assist.train(workspace, project, new NullProgressMonitor());
		// a detector's held-out measure is its mAP@0.5, which the training reports as its accuracy
		boolean boxes = DetectionAssist.TASK_TYPE.equals(workspace.projects().get(project).project().getTaskType());
		MlAssist.Prelabeling prelabeling = context.flag("--no-prelabel") ? null
				: assist.prelabel(workspace, project, new NullProgressMonitor());
		MlAssist.Clustering clustering = prelabeling == null || boxes ? null // look-alikes: classification only
				: assist.cluster(workspace, project, new NullProgressMonitor());
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("trained", training.trained());
			json.put("validated", training.validated());
			json.put(boxes ? "mAP" : "accuracy", training.accuracy());
			Map<String, Object> thresholds = new LinkedHashMap<>();
			training.thresholds().forEach((c, t) -> thresholds.put(c, Double.isFinite(t) ? t : null));
			json.put("thresholds", thresholds);
			if (prelabeling != null) {
				json.put("predicted", prelabeling.predicted());
				json.put("prelabeled", prelabeling.prelabeled());
			}
			if (clustering != null) {
				json.put("clusters", clustering.clusters());
			}
			List<MlRun> runs = new java.util.ArrayList<>(List.of(training.training(), training.validation()));
			if (prelabeling != null) {
				runs.add(prelabeling.run());
			}
			if (clustering != null) {
				runs.add(clustering.run());
			}
			json.put("runs", runs.stream().map(RunOutput::json).toList());
			context.printJson(json);
		} else {
			context.out().println("Trained on " + training.trained() + " labels, validated on " + training.validated()
					+ (boxes ? ": mAP@0.5 " : ": accuracy ") + RunOutput.number(training.accuracy()) + " on "
					+ training.training().getDevice());
			training.thresholds().forEach((c, t) -> context.out().println("  " + c + " prelabeled from "
					+ (Double.isFinite(t) ? RunOutput.number(t) : "never (target precision not reached)")));
			if (prelabeling != null) {
				context.out().println("Prelabeled " + prelabeling.prelabeled() + " of " + prelabeling.predicted()
						+ " unlabeled items");
			}
			if (clustering != null) {
				context.out().println(MlClusterCommand.line(clustering));
			}
		}
		return ExitCode.OK;
	}

	private int queue(CommandContext context, String project) {
		if (context.flag("--no-prelabel")) {
			throw new InvalidInputException("--queue and --no-prelabel do not go together: a worker trains and prelabels");
		}
		MlRun queued = jobs.queueTraining(context.workspace(), project, MlWorkerCommand.whoAmI("ml train"));
		if (context.json()) {
			context.printJson(RunOutput.json(queued));
		} else {
			context.out().println("Queued training run " + queued.getId() + " of " + project
					+ " for an ML worker (labelbench ml-worker)");
		}
		return ExitCode.OK;
	}
}
