package org.labelbench.ui.internal.keys;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;

/** Opens Window > Keys. */
public final class KeysHandler {

	@Execute
	void execute(Shell shell, MApplication application) {
		new KeysDialog(shell, application).open();
	}
}
