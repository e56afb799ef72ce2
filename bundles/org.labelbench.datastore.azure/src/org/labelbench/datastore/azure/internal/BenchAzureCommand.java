package org.labelbench.datastore.azure.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.core.Workspace;
import org.labelbench.store.InvalidInputException;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code bench azure}: upload, listing and initialization rates against a registered datastore (Azurite or a real
 * account), on generated small PNG files in a folder of its own, removed afterwards.
 */
@Component(service = CliCommand.class)
public final class BenchAzureCommand implements CliCommand {

	private final AzureBlobDatastore datastores;

	@Activate
	public BenchAzureCommand(@Reference AzureBlobDatastore datastores) {
		this.datastores = datastores;
	}

	@Override
	public String name() {
		return "bench azure";
	}

	@Override
	public String synopsis() {
		return "--datastore NAME [--files N]";
	}

	@Override
	public String description() {
		return "Measure uploads, listing and initialization against an Azure Blob datastore: files/s, names/s, items/s.";
	}

	@Override
	public List<Option> options() {
		return List.of(Option.required("--datastore", "a registered datastore; the benchmark writes below bench/ in "
				+ "its container and removes what it wrote"),
				Option.value("--files", "small PNG files to generate, upload, list and import (default 2000)"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		int files = context.option("--files").map(v -> {
			try {
				int n = Integer.parseInt(v.strip());
				if (n >= 1 && n <= 1_000_000) {
					return n;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
			throw new InvalidInputException("--files '" + v + "' must be a whole number from 1 to 1000000");
		}).orElse(2000);
		Path scratch = Files.createTempDirectory("labelbench-bench-azure-");
		try {
			AzureBench.Figures figures;
			try (Workspace workspace = context.open(StoreLocation.workspace(scratch.resolve("ws")))) {
				figures = AzureBench.run(datastores, datastores.get(context.required("--datastore")).name(), files,
						scratch, workspace);
			}
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("files", files);
			json.put("uploadFilesPerSecond", Math.round(figures.uploadPerSecond()));
			json.put("listNamesPerSecond", Math.round(figures.listPerSecond()));
			json.put("browseEntriesPerSecond", Math.round(figures.browsePerSecond()));
			json.put("initItemsPerSecond", Math.round(figures.initPerSecond()));
			json.put("threads", figures.threads());
			json.put("cores", Runtime.getRuntime().availableProcessors());
			json.put("java", System.getProperty("java.version"));
			if (context.json()) {
				context.printJson(json);
			} else {
				context.out().printf("%d files: upload %.0f files/s (%d threads), listing %.0f names/s, browsing %.0f "
						+ "entries/s, initialization %.0f items/s%n", files, figures.uploadPerSecond(), figures.threads(),
						figures.listPerSecond(), figures.browsePerSecond(), figures.initPerSecond());
			}
			return ExitCode.OK;
		} finally {
			try (var walk = Files.walk(scratch)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
