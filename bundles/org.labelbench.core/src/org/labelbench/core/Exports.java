package org.labelbench.core;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/** Exports of a workspace's projects in the contributed formats. */
public interface Exports {

	/**
	 * A contributed format.
	 *
	 * @param extension the file name extension of a file export, or null
	 */
	record Format(String id, String name, List<String> dataKinds, boolean directory, String extension) {
	}

	/** @return the installed formats */
	List<Format> formats();

	/**
	 * Writes a project's labels; the output appears at {@code out} in one step when complete.
	 *
	 * @throws org.labelbench.store.InvalidInputException for an unknown format, one that does not fit the project's
	 *         data, or a destination of the wrong kind
	 * @throws java.io.UncheckedIOException when writing fails
	 */
	ExportSummary export(ExportRequest request, IProgressMonitor monitor);
}
