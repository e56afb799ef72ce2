package org.labelbench.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Switches to the {@link Perspectives#ADMINISTRATION} perspective. */
public final class AdminPerspectiveHandler {

	@Execute
	void execute(MApplication application, EModelService models, EPartService parts) {
		Perspectives.show(Perspectives.ADMINISTRATION, application, models, parts);
	}
}
