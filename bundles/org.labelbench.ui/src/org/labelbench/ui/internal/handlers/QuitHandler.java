package org.labelbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** Closes the workbench; every submitted label is already stored, so there is nothing to save. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench) {
		workbench.close();
	}
}
