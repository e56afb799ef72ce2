package org.labelbench.datastore.azure.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.swt.widgets.Shell;
import org.labelbench.datastore.azure.AzureDatastores;

/** Opens Window > Datastores. */
public final class DatastoresHandler {

	@Execute
	void execute(Shell shell, @Service AzureDatastores datastores) {
		new DatastoresDialog(shell, datastores).open();
	}
}
