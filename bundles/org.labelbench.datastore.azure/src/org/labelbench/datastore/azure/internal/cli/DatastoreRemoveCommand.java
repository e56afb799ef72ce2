package org.labelbench.datastore.azure.internal.cli;

import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.datastore.azure.AzureDatastores;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code datastore remove}: forgets a registration and its secret; the container is not touched. */
@Component(service = CliCommand.class)
public final class DatastoreRemoveCommand implements CliCommand {

	private final AzureDatastores datastores;

	@Activate
	public DatastoreRemoveCommand(@Reference AzureDatastores datastores) {
		this.datastores = datastores;
	}

	@Override
	public String name() {
		return "datastore remove";
	}

	@Override
	public String synopsis() {
		return "NAME";
	}

	@Override
	public String description() {
		return "Forget a datastore and its secret (the container and its blobs stay).";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(CommandContext context) {
		String name = context.positional("datastore name");
		datastores.remove(name);
		if (context.json()) {
			context.printJson(Map.of("removed", name));
		} else {
			context.out().println("Removed datastore " + name);
		}
		return ExitCode.OK;
	}
}
