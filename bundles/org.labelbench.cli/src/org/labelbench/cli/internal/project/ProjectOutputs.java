package org.labelbench.cli.internal.project;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.labelbench.cli.CommandContext;
import org.labelbench.core.ProjectStatus;

/** Project output and progress for commands in other packages. */
public final class ProjectOutputs {

	private ProjectOutputs() {
	}

	public static Map<String, Object> json(ProjectStatus status) {
		return ProjectOutput.json(status);
	}

	public static IProgressMonitor progress(CommandContext context) {
		return ConsoleProgress.of(context);
	}
}
