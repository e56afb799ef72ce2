package org.labelbench.cli.internal.datastore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.Datastore.Entry;
import org.labelbench.core.Datastore.Page;
import org.labelbench.core.Datastore.Root;
import org.labelbench.core.DatastoreBrowser;
import org.labelbench.store.InvalidInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code datastore browse}: the folders and files directly in a folder of any installed datastore (a registered
 * Azure container, or {@code local} for this computer's files), read page by page and printed as they come.
 */
@Component(service = CliCommand.class)
public final class DatastoreBrowseCommand extends Commands {

	private static final int PAGE = 1000;

	private final DatastoreBrowser browser;

	@Activate
	public DatastoreBrowseCommand(@Reference DatastoreBrowser browser) {
		super("datastore browse", "NAME [PATH] [--limit N]",
				"List the folders and files directly in a folder of a datastore ('local' is this computer's files).",
				Option.value("--limit", "list at most N entries (default: all)"));
		this.browser = browser;
	}

	@Override
	public int run(CommandContext context) {
		List<String> args = context.positionals();
		if (args.isEmpty() || args.size() > 2) {
			throw new InvalidInputException("give the datastore and, optionally, a folder: datastore browse NAME [PATH]");
		}
		Root root = browser.root(args.get(0));
		String folder = browser.folder(root, args.size() > 1 ? args.get(1) : "");
		long limit = context.option("--limit").map(v -> (long) Arguments.integer("--limit", v, 1, Integer.MAX_VALUE))
				.orElse(Long.MAX_VALUE);
		List<Map<String, Object>> json = new ArrayList<>();
		long shown = 0;
		String continuation = null;
		do {
			Page page = page(folder, continuation, (int) Math.min(PAGE, limit - shown));
			for (Entry entry : page.entries()) {
				if (context.json()) {
					json.add(json(entry));
				} else {
					context.out().println(entry.folder() ? entry.name() : entry.name() + "\t" + entry.size());
				}
			}
			shown += page.entries().size();
			continuation = page.continuation();
		} while (continuation != null && shown < limit);
		if (context.json()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("datastore", root.name());
			result.put("folder", folder);
			result.put("everythingBelow", DatastoreBrowser.everythingBelow(folder));
			result.put("entries", json);
			result.put("more", continuation != null);
			context.printJson(result);
		}
		return ExitCode.OK;
	}

	private Page page(String folder, String continuation, int max) {
		try {
			return browser.browse(folder, continuation, max);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot browse " + folder + ": " + e.getMessage(), e);
		}
	}

	private static Map<String, Object> json(Entry entry) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("name", entry.name());
		json.put("location", entry.location());
		json.put("folder", entry.folder());
		json.put("size", entry.folder() ? null : entry.size());
		return json;
	}
}
