package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.testsupport.Annotations;

/**
 * The project commands of the workbench, run as their menu items and keys run them: pause and run, refresh the data
 * after a file was added, export the labels as COCO, delete after confirming.
 */
class ProjectCommandsTest {

	private static final String PROJECT = "Boxes";

	@TempDir
	Path workspace;
	@TempDir
	Path data;
	@TempDir
	Path out;

	@Test
	void pauseRunRefreshExportAndDeleteFromTheWorkbench() throws Exception {
		for (int i = 0; i < 3; i++) {
			image(data.resolve("img-" + i + ".png"));
		}
		Path coco = out.resolve("boxes.json");
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		ui.when("the workbench lists the sample project", () -> ui.projectRow("Sample shapes") != null, () -> {
			Workspace ws = ui.context().get(Workspace.class);
			ws.projects().create(new ProjectSpec(PROJECT, "image-bbox", data, List.of("car", "bike"), null, null),
					new NullProgressMonitor());
			ws.labeling().submit(PROJECT, "img-0.png", List.of(Annotations.box(1, 2, 10, 8, "car")), "ann");
		})
				.when("the project runs", () -> state(ui).equals("RUNNING"), () -> {
					ui.selectProject(PROJECT);
					ui.command("org.labelbench.ui.command.runPause");
				})
				.when("Run / Pause paused it", () -> state(ui).equals("PAUSED"),
						() -> ui.command("org.labelbench.ui.command.runPause"))
				.when("Run / Pause runs it again", () -> state(ui).equals("RUNNING"), () -> {
					image(data.resolve("img-new.png"));
					ui.command("org.labelbench.ui.command.refreshData");
				})
				.when("the refresh reports the new file", () -> ui.dialog("Refresh Data") != null, () -> {
					Shell dialog = ui.dialog("Refresh Data");
					seen.add(UiScript.find(dialog, Label.class, l -> l.getText().contains("new items")).getText());
					UiScript.click(UiScript.button(dialog, "OK"));
				})
				.when("the project has four items", () -> ui.projectRow(PROJECT).getText(3).equals("1 / 4 labeled"),
						() -> ui.command("org.labelbench.ui.command.export"))
				.when("the export dialog opens", () -> ui.dialog("Export Labels") != null, () -> {
					Shell dialog = ui.dialog("Export Labels");
					UiScript.find(dialog, Text.class, t -> true).setText(coco.toString());
					UiScript.click(UiScript.button(dialog, "Export"));
				})
				.when("the export reports what it wrote",
						() -> ui.dialog("Export Labels") != null
								&& UiScript.find(ui.dialog("Export Labels"), Label.class,
										l -> l.getText().contains("exported to")) != null,
						() -> {
							Shell dialog = ui.dialog("Export Labels");
							seen.add(UiScript.find(dialog, Label.class, l -> l.getText().contains("exported to"))
									.getText());
							UiScript.click(UiScript.button(dialog, "OK"));
							ui.command("org.labelbench.ui.command.deleteProject");
						})
				.when("deleting asks first", () -> ui.dialog("Delete Project") != null, () -> {
					Shell dialog = ui.dialog("Delete Project");
					seen.add(UiScript.find(dialog, Label.class, l -> l.getText().startsWith("Delete")).getText());
					UiScript.click(UiScript.button(dialog, "OK"));
				})
				.when("the project is gone", () -> ui.projectRow(PROJECT) == null && ui.projectRow("Sample shapes") != null,
						() -> UiScript.screenshot(ui.workbenchShell(), "workbench-after-delete"));

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertEquals("Project 'Boxes': 1 new items added, 0 not added (over the project's item limit).", seen.get(0));
		assertEquals("1 items with 1 annotations exported to " + coco + ".", seen.get(1));
		assertTrue(Files.readString(coco).contains("\"bbox\":[1.0,2.0,10.0,8.0]")
				|| Files.readString(coco).contains("\"bbox\" : [ 1.0, 2.0, 10.0, 8.0 ]"), Files.readString(coco));
		assertTrue(seen.get(2).startsWith("Delete project 'Boxes' with its 4 items and 1 labeled items?"), seen.get(2));
	}

	private static void image(Path file) {
		try {
			ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String state(UiScript ui) {
		TableItem row = ui.projectRow(PROJECT);
		return row == null ? "" : row.getText(2);
	}

}
