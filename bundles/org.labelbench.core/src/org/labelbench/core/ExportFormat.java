package org.labelbench.core;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An export format, contributed to the {@code org.labelbench.core.exportFormats} extension point.
 */
public interface ExportFormat {

	/**
	 * Writes a project's labels.
	 *
	 * @param destination a file or a directory, as the format's contribution declares
	 * @return what was written, for the user
	 */
	String export(Workspace workspace, String project, Path destination, IProgressMonitor monitor) throws IOException;
}
