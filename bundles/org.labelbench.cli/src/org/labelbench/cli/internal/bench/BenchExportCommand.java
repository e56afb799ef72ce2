package org.labelbench.cli.internal.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.cli.CliCommand;
import org.labelbench.cli.CommandContext;
import org.labelbench.cli.ExitCode;
import org.labelbench.cli.internal.Arguments;
import org.labelbench.cli.internal.Commands;
import org.labelbench.core.ExportRequest;
import org.labelbench.core.ExportSummary;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.export.CocoImport;
import org.labelbench.export.ImportResult;
import org.labelbench.store.ItemWriter;
import org.labelbench.store.StoreLocation;
import org.osgi.service.component.annotations.Component;

/**
 * Measures COCO export: a box project with N annotations (two boxes an image), loaded through the COCO import, then
 * exported; the clock runs from the call until the file is in place.
 */
@Component(service = CliCommand.class)
public final class BenchExportCommand extends Commands {

	public BenchExportCommand() {
		super("bench export", "[--annotations N]",
				"Measure COCO export of N box annotations (and, on the way, the COCO import that loads them).",
				Option.value("--annotations", "annotations to export (default 500000)"));
	}

	@Override
	public int run(CommandContext context) throws Exception {
		int annotations = context.option("--annotations")
				.map(v -> Arguments.integer("--annotations", v, 2, 50_000_000)).orElse(500_000);
		int images = annotations / 2;
		Path home = Bench.scratchHome(context);
		Path scratch = Files.createTempDirectory(home, "bench-ws");
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("machine", Bench.machine());
		try (Workspace workspace = context.open(StoreLocation.workspace(scratch))) {
			long id = workspace.projects().create(new ProjectSpec("bench-export", "image-bbox",
					Files.createDirectories(scratch.resolve("empty")), null, null, List.of("car", "bus"), null, null,
					(long) Integer.MAX_VALUE), new NullProgressMonitor()).status().id();
			try (ItemWriter writer = workspace.store().items().writer(id)) {
				for (int i = 0; i < images; i++) {
					writer.add(location(i));
				}
				writer.commit();
			}
			Path coco = scratch.resolve("in.json");
			writeCoco(coco, images);
			long start = System.nanoTime();
			ImportResult imported = new CocoImport(workspace).run("bench-export", coco, "bench", false);
			result.put("import", Bench.rate("annotations", imported.annotations(), System.nanoTime() - start));
			long[] read = { 0 };
			start = System.nanoTime();
			workspace.store().items().forEachLabeled(id, false, item -> read[0]++);
			result.put("snapshotRead", Bench.rate("items", read[0], System.nanoTime() - start));
			start = System.nanoTime();
			ExportSummary summary = workspace.exports().export(new ExportRequest("bench-export", "coco",
					scratch.resolve("out.json"), false, false), new NullProgressMonitor());
			Map<String, Object> export = Bench.rate("annotations", summary.annotations(), System.nanoTime() - start);
			export.put("fileMiB", Files.size(summary.out()) / (1024 * 1024));
			result.put("export", export);
		} finally {
			BenchData.delete(scratch);
		}
		Bench.print(context, result);
		return ExitCode.OK;
	}

	private static String location(int i) {
		return String.format("d%04d/frame-%07d.jpg", i / 1000, i);
	}

	/** A COCO file of 640x480 images with a car and a bus each. */
	private static void writeCoco(Path file, int images) throws java.io.IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("{\"categories\":[{\"id\":1,\"name\":\"car\"},{\"id\":2,\"name\":\"bus\"}],\"images\":[");
			for (int i = 0; i < images; i++) {
				out.write((i > 0 ? "," : "") + "{\"id\":" + (i + 1) + ",\"file_name\":\"" + location(i)
						+ "\",\"width\":640,\"height\":480}");
			}
			out.write("],\"annotations\":[");
			for (int i = 0; i < images; i++) {
				out.write((i > 0 ? "," : "") + "{\"id\":" + (2 * i + 1) + ",\"image_id\":" + (i + 1)
						+ ",\"category_id\":1,\"bbox\":[10.5,20,100,80]},{\"id\":" + (2 * i + 2) + ",\"image_id\":"
						+ (i + 1) + ",\"category_id\":2,\"bbox\":[300,200,120.25,90]}");
			}
			out.write("]}");
		}
	}
}
