package org.labelbench.ml.cli.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.model.ComputeDevice;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.MlAssistSettings;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.ProjectRecord;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class MlSettingsCommand extends Commands {

	public MlSettingsCommand() {
		super("ml settings", "PROJECT [--enabled yes|no] [--min-labels N] [--retrain-every N] [--target-precision P]"
				+ " [--any-orientation yes|no] [--device auto|cpu|gpu] [--backbone FILE.pt]",
				"Show a project's ML settings, changing those given first.",
				Option.value("--enabled", "yes to train by itself at the minimum labels and every so many more after"),
				Option.value("--min-labels", "the labeled items at which the first training starts by itself"),
				Option.value("--retrain-every", "after a training, how many more labeled items start the next one"),
				Option.value("--target-precision", "the precision prelabels must reach on held-out labels, 0.5 to 1"),
				Option.value("--any-orientation", "yes when the images have no up or down (also train on turned ones)"),
				Option.value("--device", "where to train: auto (a GPU when there is one), cpu or gpu"),
				Option.value("--backbone", "a local TorchScript image backbone to fine-tune (\"\" for none)"));
	}

	@Override
	public int run(CommandContext context) {
		String project = context.positional("project name");
		ProjectRecord record = context.workspace().projects().get(project);
		MlAssistSettings settings = record.project().getMlAssist();
		if (settings == null) {
			settings = LabelbenchFactory.eINSTANCE.createMlAssistSettings();
			record.project().setMlAssist(settings);
		}
		boolean changed = apply(context, settings);
		if (changed) {
			context.workspace().access().require(org.labelbench.core.Permission.MANAGE, project,
					"change the ML settings of");
			context.workspace().store().projects().update(record);
		}
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("enabled", settings.isEnabled());
		shown.put("minLabelsForTraining", settings.getMinLabelsForTraining());
		shown.put("retrainEvery", settings.getRetrainEvery());
		shown.put("targetPrecision", settings.getTargetPrecision());
		shown.put("anyOrientation", settings.isAnyOrientation());
		shown.put("device", settings.getDevice().getLiteral().toLowerCase(Locale.ROOT));
		shown.put("backbone", settings.getBackbonePath() == null ? "" : settings.getBackbonePath());
		if (context.json()) {
			context.printJson(shown);
		} else {
			shown.forEach((k, v) -> context.out().println(k + ": " + v));
		}
		return ExitCode.OK;
	}

	private static boolean apply(CommandContext context, MlAssistSettings settings) {
		boolean changed = false;
		var enabled = context.option("--enabled");
		if (enabled.isPresent()) {
			settings.setEnabled(yesNo("--enabled", enabled.get()));
			changed = true;
		}
		var minLabels = context.option("--min-labels");
		if (minLabels.isPresent()) {
			settings.setMinLabelsForTraining(count("--min-labels", minLabels.get()));
			changed = true;
		}
		var every = context.option("--retrain-every");
		if (every.isPresent()) {
			settings.setRetrainEvery(count("--retrain-every", every.get()));
			changed = true;
		}
		var precision = context.option("--target-precision");
		if (precision.isPresent()) {
			settings.setTargetPrecision(precision(precision.get()));
			changed = true;
		}
		var orientation = context.option("--any-orientation");
		if (orientation.isPresent()) {
			settings.setAnyOrientation(yesNo("--any-orientation", orientation.get()));
			changed = true;
		}
		var backbone = context.option("--backbone");
		if (backbone.isPresent()) {
			settings.setBackbonePath(backbone.get().isBlank() ? null
					: java.nio.file.Path.of(backbone.get()).toAbsolutePath().toString());
			changed = true;
		}
		var device = context.option("--device");
		if (device.isPresent()) {
			ComputeDevice value = ComputeDevice.get(device.get().toUpperCase(Locale.ROOT));
			if (value == null) {
				throw new InvalidInputException("--device is auto, cpu or gpu, not '" + device.get() + "'");
			}
			settings.setDevice(value);
			changed = true;
		}
		return changed;
	}

	private static boolean yesNo(String option, String value) {
		return switch (value) {
		case "yes" -> true;
		case "no" -> false;
		default -> throw new InvalidInputException(option + " is yes or no, not '" + value + "'");
		};
	}

	private static int count(String option, String value) {
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException(option + " is a whole number, 1 or more, not '" + value + "'");
	}

	private static double precision(String value) {
		try {
			double p = Double.parseDouble(value);
			if (p >= 0.5 && p <= 1) {
				return p;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidInputException("--target-precision is a number from 0.5 to 1, not '" + value + "'");
	}
}
