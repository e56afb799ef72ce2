package org.labelbench.datastore.azure.ui.internal;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.core.Permission;
import org.labelbench.datastore.azure.AzureDatastores;
import org.labelbench.ui.internal.UiContext;
import org.labelbench.ui.internal.UserRights;

/**
 * Opens Window > Datastores, for users who may create projects or export one: what the datastores serve. A labeler
 * has no use for them.
 */
public final class DatastoresHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(UiContext.RIGHTS) UserRights rights) {
		return rights != null && (rights.admin() || rights.anywhere(Permission.MANAGE));
	}

	@Execute
	void execute(Shell shell, @Service AzureDatastores datastores) {
		new DatastoresDialog(shell, datastores).open();
	}
}
