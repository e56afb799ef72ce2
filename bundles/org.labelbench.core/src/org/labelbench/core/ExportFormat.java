package org.labelbench.core;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * An export format, contributed to the {@code org.labelbench.core.exportFormats} extension point. It writes into a
 * temporary file or directory that Labelbench then moves into place in one step, so a reader never sees half an
 * export.
 */
public interface ExportFormat {

	/**
	 * Writes a project's labels.
	 *
	 * @param target the file (or directory, created) to write, as the contribution's {@code destination} says
	 * @throws IOException when writing fails; the temporary output is then removed
	 */
	void write(ExportContext context, Path target, IProgressMonitor monitor) throws IOException;
}
