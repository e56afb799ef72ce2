package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;

/**
 * Measures the workbench with a project of a million items open (a text project on a 1,000,000-row CSV file, 200 of
 * them labeled) in the test runtime's 1 GB heap: how long the Projects view, the Dashboard, the Data Review and the
 * Task view each take to show the project once asked, and the UI thread's longest stall meanwhile (a watcher thread
 * posts a no-op to the UI thread every 5 ms and times how long it waits; the UI thread's stack 300 ms into the longest
 * stall of each phase is printed, to tell the database from widget work). Prints {@code BENCH large-project ...} and
 * writes {@code target/benchmarks/large-project.txt}; nothing is asserted on time, only that every view showed the
 * project's items. The CI run takes 20,000 rows, to stay short; {@code -Dlabelbench.bench.largeItems=N} changes the
 * number, and {@code releng/scripts/bench-all.sh} runs it on the full million. When a view waits in vain, the test
 * prints what the Data Review showed last and where the background jobs' threads were.
 */
class LargeProjectBenchmark {

	private static final int ITEMS = Integer.getInteger("labelbench.bench.largeItems", 20_000);
	private static final int LABELED = 200;
	private static final String PROJECT = "million";

	@TempDir
	Path temp;

	@Test
	void viewsOfAMillionItemProjectShowWithoutStallingTheUi() throws Exception {
		Path workspace = temp.resolve("ws");
		long created = createProject(workspace, csv(temp.resolve("rows.csv")));
		Map<String, Long> shown = new LinkedHashMap<>();
		Map<String, Long> stalls = new LinkedHashMap<>();
		Map<String, String> stalledAt = new LinkedHashMap<>();
		UiStalls watcher = new UiStalls(Display.getDefault());
		long[] asked = { System.nanoTime() };
		String[] phase = { "workbench start" };
		UiScript ui = new UiScript().within(300_000).pollingEvery(5);
		Runnable done = () -> {
			shown.put(phase[0], (System.nanoTime() - asked[0]) / 1_000_000);
			stalls.put(phase[0], watcher.takeLongest());
			stalledAt.put(phase[0], watcher.takeLongestAt());
		};
		// the no-op posted while the UI thread built the workbench has run: the start's stall is counted in its phase
		ui.when("the workbench window is open", () -> ui.workbenchShell() != null && watcher.answered() > 0, () -> {
			done.run();
			next(asked, phase, "Projects");
		}).when("the Projects view lists the project", () -> ui.projectRow(PROJECT) != null, () -> {
			done.run();
			next(asked, phase, "Dashboard");
			ui.selectProject(PROJECT);
			show(ui, "org.labelbench.ui.part.dashboard");
		}).when("the dashboard shows the labeled items", () -> dashboardShows(ui), () -> {
			done.run();
			next(asked, phase, "Data Review");
			show(ui, "org.labelbench.ui.part.datareview");
		}).when("the data review lists the first items", () -> reviewListsItems(ui), () -> {
			done.run();
			next(asked, phase, "Data Review, scrolled 50 pages");
			Table table = reviewTable(ui);
			table.setTopIndex(table.getItemCount() - 1);
		}).when("scrolled to the end of what is read, more pages come", () -> scrolledPages(ui, 50), () -> {
			done.run();
			next(asked, phase, "Task view");
			ui.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the labeling perspective lists the project", () -> ui.projectRow(PROJECT) != null,
				() -> ui.selectProject(PROJECT))
				.when("the Task view shows a text to label", () -> !taskText(ui).isEmpty(), () -> {
					done.run();
					show(ui, "org.labelbench.ui.part.labeling");
				});

		watcher.start();
		List<String> failures;
		try {
			failures = ui.run(workspace);
		} finally {
			watcher.stop();
		}

		if (!failures.isEmpty()) {
			explain();
		}
		assertEquals(List.of(), failures);
		assertEquals(6, shown.size(), "every view showed the project: " + shown);
		stalledAt.forEach((view, at) -> System.out.println("longest UI stall in " + view + ": " + at));
		report(created, shown, stalls);
	}

	/** Says why paging may have stopped: the table as last seen, and what the job threads were doing. */
	private static void explain() {
		System.out.println("LargeProjectBenchmark: the Data Review showed " + lastSeen);
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().startsWith("Worker-") && stack.length > 0) {
				System.out.println(thread.getName() + " " + thread.getState() + " at "
						+ java.util.Arrays.toString(java.util.Arrays.copyOf(stack, Math.min(stack.length, 15))));
			}
		});
	}

	private static void next(long[] asked, String[] phase, String name) {
		asked[0] = System.nanoTime();
		phase[0] = name;
	}

	/** @return the milliseconds {@code project create} took */
	private static long createProject(Path workspace, Path csv) throws Exception {
		long start = System.nanoTime();
		try (Workspace ws = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(workspace))) {
			ws.projects().create(new ProjectSpec(PROJECT, "text-multiclass", csv, null, "text",
					List.of("positive", "negative"), null, null, null), new NullProgressMonitor());
			long took = (System.nanoTime() - start) / 1_000_000;
			for (int i = 1; i <= LABELED; i++) {
				ws.labeling().submit(PROJECT, Integer.toString(i), List.of(Annotations.label("positive")), "alice");
			}
			return took;
		}
	}

	private static Path csv(Path file) throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("id,text\n");
			for (int i = 1; i <= ITEMS; i++) {
				out.write(i + ",Review " + i + ": the product works as described and arrived on time\n");
			}
		}
		return file;
	}

	private static void show(UiScript ui, String part) {
		ui.context().get(EPartService.class).showPart(part, EPartService.PartState.ACTIVATE);
	}

	private static boolean dashboardShows(UiScript ui) {
		Label name = Widgets.byId(ui.workbenchShell(), Label.class, "header.name");
		Label labeled = Widgets.byId(ui.workbenchShell(), Label.class, "progress.labeled");
		return name != null && PROJECT.equals(name.getText()) && labeled != null
				&& labeled.getText().startsWith("Labeled: " + LABELED + " ");
	}

	private static Table reviewTable(UiScript ui) {
		return Widgets.byId(ui.workbenchShell(), Table.class, "review.items");
	}

	private static boolean reviewListsItems(UiScript ui) {
		Table table = reviewTable(ui);
		return table != null && table.getItemCount() > 1 && table.getItem(0).getText(0).equals("1");
	}

	/** what the Data Review showed when the test last looked, said if it waits in vain */
	private static volatile String lastSeen = "";

	/** Scrolls to the last row each time a page has come, until {@code pages} pages are read. */
	private static boolean scrolledPages(UiScript ui, int pages) {
		Table table = reviewTable(ui);
		int rows = table.getItemCount();
		// not the rows' texts: reading a row of a virtual table asks for it, and may ask for the next page
		lastSeen = "rows " + rows + ", top " + table.getTopIndex() + ", count '"
				+ Widgets.byId(ui.workbenchShell(), Label.class, "review.count").getText() + "'";
		if (rows > pages * 200) {
			return true;
		}
		if (table.getTopIndex() < rows - 30) {
			table.setTopIndex(rows - 1);
			table.getItem(rows - 1).getText(0); // as painting the last row does: asks for the next page
		}
		return false;
	}

	private static String taskText(UiScript ui) {
		StyledText text = UiScript.named(ui.workbenchShell(), StyledText.class, "itemText");
		return text == null ? "" : text.getText();
	}

	private static void report(long created, Map<String, Long> shown, Map<String, Long> stalls) throws Exception {
		List<String> parts = new ArrayList<>();
		shown.forEach((view, ms) -> parts.add(String.format(Locale.ROOT, "%s %d ms (longest UI stall %d ms)", view, ms,
				stalls.get(view))));
		Runtime runtime = Runtime.getRuntime();
		String line = String.format(Locale.ROOT,
				"BENCH large-project %,d-row CSV project (created in %d ms), heap %d MiB (used %d MiB): %s"
						+ " (cores %d, Java %s, load %.1f)",
				ITEMS, created, runtime.maxMemory() / (1024 * 1024),
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024), String.join("; ", parts),
				runtime.availableProcessors(), System.getProperty("java.version"),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println(line);
		Path out = Path.of("target", "benchmarks");
		Files.createDirectories(out);
		Files.writeString(out.resolve("large-project.txt"), line + System.lineSeparator());
	}
}
