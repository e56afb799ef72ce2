package org.labelbench.cli.internal.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Verification;
import org.osgi.service.component.annotations.Component;

@Component(service = CliCommand.class)
public final class ProjectVerifyCommand extends Commands {

	public ProjectVerifyCommand() {
		super("project verify", "NAME [--dry-run]",
				"Decode every item of an image project; print each one that fails with the reason, then a summary. "
						+ "Failing items leave the queue; items that decode again return to it.",
				Option.flag("--dry-run", "only report: change no item's state"));
	}

	@Override
	public int run(CommandContext context) {
		List<Map<String, Object>> failures = new ArrayList<>();
		Verification.Result result = context.workspace().verification().verify(context.positional("project name"),
				!context.flag("--dry-run"), failure -> {
					if (context.json()) {
						Map<String, Object> json = new LinkedHashMap<>();
						json.put("item", failure.location());
						json.put("reason", failure.reason());
						json.put("state", failure.state().getLiteral());
						failures.add(json);
					} else {
						context.out().println(failure.location() + ": " + failure.reason());
					}
				}, ProjectOutputs.progress(context));
		if (context.json()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("project", result.project());
			json.put("decoded", result.decoded());
			json.put("failed", result.failed());
			json.put("markedError", result.markedError());
			json.put("requeued", result.requeued());
			json.put("failures", failures);
			context.printJson(json);
		} else {
			context.out().println(summary(result));
		}
		return result.failed() > 0 ? ExitCode.FAILURES : ExitCode.OK;
	}

	private static String summary(Verification.Result result) {
		StringBuilder text = new StringBuilder("Verified " + result.project() + ": " + result.decoded() + " decoded, "
				+ result.failed() + " failed");
		if (result.markedError() > 0) {
			text.append("; ").append(result.markedError()).append(" taken out of the queue");
		}
		if (result.requeued() > 0) {
			text.append("; ").append(result.requeued()).append(" back in the queue");
		}
		return text.toString();
	}
}
