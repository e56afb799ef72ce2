package org.labelbench.datastore.azure.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.datastore.azure.AzureDatastore;
import org.labelbench.datastore.azure.AzureDatastore.Credential;
import org.labelbench.datastore.azure.AzureDatastores;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code datastore add}: the secret comes from an environment variable or standard input, never from the command
 * line, where other users see it in the process list and shells keep it in their history.
 */
@Component(service = CliCommand.class)
public final class DatastoreAddCommand implements CliCommand {

	private final AzureDatastores datastores;

	@Activate
	public DatastoreAddCommand(@Reference AzureDatastores datastores) {
		this.datastores = datastores;
	}

	@Override
	public String name() {
		return "datastore add";
	}

	@Override
	public String synopsis() {
		return "NAME --container C (--connection-string | --account A --account-key | --account A --sas) "
				+ "(--secret-env VAR | --secret-stdin) [--endpoint URL]";
	}

	@Override
	public String description() {
		return "Register an Azure Blob container as a datastore, after checking it can be listed; the secret is kept "
				+ "in Eclipse secure storage.";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.required("--container", "the blob container"),
				Option.value("--account", "the storage account (taken from the connection string when there is one)"),
				Option.flag("--connection-string", "the secret is a connection string"),
				Option.flag("--account-key", "the secret is the account key"),
				Option.flag("--sas", "the secret is a SAS token with read, list and write permissions"),
				Option.value("--secret-env", "the environment variable that holds the secret"),
				Option.flag("--secret-stdin", "read the secret from standard input"),
				Option.value("--endpoint", "the blob endpoint (default https://ACCOUNT.blob.core.windows.net)"));
	}

	@Override
	public int run(CommandContext context) {
		String name = context.positional("datastore name");
		Credential credential = credential(context);
		String secret = secret(context);
		AzureDatastore added = datastores.add(AzureDatastore.of(name, context.required("--container"), credential,
				secret, context.option("--account").orElse(null), context.option("--endpoint").orElse(null)), secret);
		if (context.json()) {
			context.printJson(DatastoreListCommand.json(added));
		} else {
			context.out().printf("Registered datastore %s: container %s of account %s (%s); data location %s%n",
					added.name(), added.container(), added.account(), added.credential().id(), added.location());
		}
		return ExitCode.OK;
	}

	private static Credential credential(CommandContext context) {
		Map<String, Credential> given = new LinkedHashMap<>();
		for (Credential credential : Credential.values()) {
			String flag = credential == Credential.SAS ? "--sas" : "--" + credential.id();
			if (context.flag(flag)) {
				given.put(flag, credential);
			}
		}
		if (given.size() != 1) {
			throw new InvalidInputException("give one kind of secret: --connection-string, --account-key or --sas");
		}
		return given.values().iterator().next();
	}

	private static String secret(CommandContext context) {
		var variable = context.option("--secret-env");
		if (variable.isPresent() == context.flag("--secret-stdin")) {
			throw new InvalidInputException("give the secret one way: --secret-env VAR or --secret-stdin");
		}
		if (variable.isPresent()) {
			String value = System.getenv(variable.get());
			if (value == null || value.isBlank()) {
				throw new InvalidInputException("environment variable " + variable.get() + " is not set");
			}
			return value.strip();
		}
		try {
			InputStream in = System.in;
			String value = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8).strip();
			if (value.isEmpty()) {
				throw new InvalidInputException("no secret on standard input");
			}
			return value;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the secret from standard input: " + e.getMessage(), e);
		}
	}
}
