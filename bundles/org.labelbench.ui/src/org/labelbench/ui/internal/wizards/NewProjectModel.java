package org.labelbench.ui.internal.wizards;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.labelbench.core.ProjectSpec;
import org.labelbench.core.TaskType;

/** What the New Labeling Project wizard's pages collect, page by page. */
final class NewProjectModel {

	String name = ""; //$NON-NLS-1$
	TaskType type;
	Path data;
	String dataset;
	/** a folder of a datastore with /**, instead of data and dataset */
	String dataLocation;
	String textColumn;
	boolean refresh;
	Duration refreshInterval = Duration.ofDays(1);
	final List<String> labels = new ArrayList<>();
	String instructions = ""; //$NON-NLS-1$
	String instructionsUrl;
	boolean mlAssist;

	boolean csv() {
		return data != null && data.getFileName() != null
				&& data.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"); //$NON-NLS-1$
	}

	ProjectSpec spec() {
		if (dataLocation != null) {
			return new ProjectSpec(name.strip(), type.id(), null, null, null, List.copyOf(labels),
					instructionsUrl == null ? blankToNull(instructions) : null, instructionsUrl, null, dataLocation);
		}
		return new ProjectSpec(name.strip(), type.id(), dataset == null ? data : null, dataset,
				csv() ? textColumn : null, List.copyOf(labels), instructionsUrl == null ? blankToNull(instructions) : null,
				instructionsUrl, null);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
