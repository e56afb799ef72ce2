package org.labelbench.datastore.azure.internal.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastores;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code datastore list}: the registrations, never their secrets. */
@Component(service = CliCommand.class)
public final class DatastoreListCommand implements CliCommand {

	private final AzureDatastores datastores;

	@Activate
	public DatastoreListCommand(@Reference AzureDatastores datastores) {
		this.datastores = datastores;
	}

	@Override
	public String name() {
		return "datastore list";
	}

	@Override
	public String synopsis() {
		return "";
	}

	@Override
	public String description() {
		return "List the registered datastores (without their secrets).";
	}

	@Override
	public List<Option> options() {
		return List.of();
	}

	@Override
	public int run(CommandContext context) {
		List<AzureDatastore> all = datastores.list();
		if (context.json()) {
			context.printJson(Map.of("datastores", all.stream().map(DatastoreListCommand::json).toList()));
		} else {
			for (AzureDatastore datastore : all) {
				context.out().printf("%s  azure-blob  %s/%s  %s%n", datastore.name(), datastore.endpoint(),
						datastore.container(), datastore.credential().id());
			}
		}
		return ExitCode.OK;
	}

	static Map<String, Object> json(AzureDatastore datastore) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", datastore.name());
		json.put("kind", "azure-blob");
		json.put("account", datastore.account());
		json.put("container", datastore.container());
		json.put("endpoint", datastore.endpoint());
		json.put("credential", datastore.credential().id());
		json.put("location", datastore.location());
		return json;
	}
}
