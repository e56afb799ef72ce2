package org.labelbench.ui.internal.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;

/**
 * Switches to the {@link Perspectives#ADMINISTRATION} perspective, for users who administer the workspace or may
 * review or manage a project: a labeler has nothing there.
 */
public final class AdminPerspectiveHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		return rights != null && rights.administers();
	}

	@Execute
	void execute(MApplication application, EModelService models, EPartService parts) {
		Perspectives.show(Perspectives.ADMINISTRATION, application, models, parts);
	}
}
