package org.labelbench.cli.internal.labeling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.store.InvalidInputException;

/**
 * {@code label PROJECT --from FILE|-}: saves the labels of many items, one line each, each committed before its
 * {@code saved ITEM} line is printed (and flushed), so that a script, or a process killed half-way, knows exactly which
 * are stored. A line that cannot be saved is reported on standard error with its number, item and reason, and the
 * next lines are still saved; the exit code is then 1.
 */
final class LabelsFrom {

	private final CommandContext context;

	LabelsFrom(CommandContext context) {
		this.context = context;
	}

	int run(String project, String from) {
		try (BufferedReader in = open(from)) {
			ManifestLabels lines = new ManifestLabels(in);
			int saved = 0;
			int failed = 0;
			while (true) {
				ManifestLabels.Line line = null;
				try {
					line = lines.next();
					if (line == null) {
						break;
					}
					context.workspace().labeling().submit(project, line.item(), line.annotations(),
							context.workspace().access().user());
					print(line.item());
					saved++;
				} catch (InvalidInputException e) { // the message names the item; the line number finds it
					failed++;
					context.err().println(line == null ? e.getMessage() : "line " + line.number() + ": "
							+ e.getMessage());
				}
			}
			if (failed > 0) {
				context.err().println(failed + " of " + (saved + failed) + " lines not saved");
				return ExitCode.FAILURES;
			}
			return ExitCode.OK;
		} catch (NoSuchFileException e) {
			throw new InvalidInputException("--from: no file " + from);
		} catch (IOException e) {
			throw new UncheckedIOException("--from " + from + ": " + e.getMessage(), e);
		}
	}

	private void print(String item) {
		if (context.json()) { // JSON Lines: one object per saved item, as it is saved
			context.printJson(ManifestLabels.saved(item));
		} else {
			context.out().println("saved " + item);
		}
		context.out().flush();
	}

	private static BufferedReader open(String from) throws IOException {
		return "-".equals(from) ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(Path.of(from), StandardCharsets.UTF_8);
	}
}
