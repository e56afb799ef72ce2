package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.store.ReviewEntry;
import org.labelbench.store.ReviewFilter;

/**
 * A labeler labels an image project with the keyboard: one image, then a grid of four picked in the editor, all four
 * selected, one key labels them all, Enter stores them; the image classification editor comes from its own plugin.
 * A file that does not decode leaves the queue as an item error and labeling goes on with the next image.
 */
class ImageLabelingTest {

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void oneImageThenAGridOfFourLabeledWithOneKey() throws Exception {
		Color[] colors = { Color.RED, Color.GREEN, Color.BLUE, Color.ORANGE, Color.MAGENTA };
		for (int i = 0; i < colors.length; i++) {
			BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(colors[i]);
			g.fillOval(8, 4, 40, 40);
			g.dispose();
			ImageIO.write(image, "png", data.resolve("shape-" + i + ".png").toFile());
		}
		byte[] png = java.nio.file.Files.readAllBytes(data.resolve("shape-0.png"));
		java.nio.file.Files.write(data.resolve("cut.png"), java.util.Arrays.copyOf(png, 60)); // ends in its header
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			ui.context().get(Workspace.class).projects().create(new ProjectSpec("shapes", "image-multilabel", data,
					List.of("round", "colourful"), null, null), new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		})
				.when("the labeling perspective lists the project", () -> ui.projectRow("shapes") != null,
						() -> ui.selectProject("shapes"))
				.when("one image shows", () -> tiles(ui) == 1, () -> {
					ui.context().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).showPart(
							"org.labelbench.ui.part.labeling",
							org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
					ui.press("1");
					Combo grid = UiScript.named(ui.workbenchShell(), Combo.class, "gridSize");
					grid.select(1); // 4 images per task from the next task on
					grid.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
					ui.press("CR");
				})
				.when("a grid of four shows", () -> tiles(ui) == 4, () -> {
					UiScript.screenshot(ui.workbenchShell(), "labeling-grid");
					ui.press("M1+A");
					ui.press("2");
					ui.press("1");
					ui.press("CR");
				})
				.when("all five images are labeled",
						() -> ui.context().get(Workspace.class).projects().status("shapes").items().labeled() == 5,
						() -> {
							TreeMap<String, List<String>> labels = new TreeMap<>();
							for (ReviewEntry entry : ui.context().get(Workspace.class).review().list("shapes",
									ReviewFilter.ALL, 0, 10)) {
								labels.put(entry.location(), entry.classes());
							}
							labels.values().forEach(classes -> seen.add(classes.toString()));
							Workspace ws = ui.context().get(Workspace.class);
							long id = ws.projects().status("shapes").id();
							ws.store().items().page(id, org.labelbench.model.ItemState.ERROR, 0, 10)
									.forEach(item -> seen.add("error " + item.location()));
						});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		java.util.Properties settings = new java.util.Properties();
		try (var in = java.nio.file.Files.newInputStream(UiScript.settings(workspace).resolve("editors.properties"))) {
			settings.load(in);
		}
		assertEquals("4", settings.getProperty("image-multilabel.gridSize"), "the grid size is kept for next time");
		assertEquals(6, seen.size(), seen.toString());
		assertEquals("error cut.png", seen.get(5), "the broken image left the queue as an item error");
		assertEquals(1, seen.stream().filter("[round]"::equals).count(), "the first image alone: " + seen);
		assertEquals(4, seen.stream().filter("[colourful, round]"::equals).count(), "the grid, both keys: " + seen);
	}

	private static int tiles(UiScript ui) {
		int[] count = { 0 };
		UiScript.find(ui.workbenchShell(), Canvas.class, c -> {
			if (String.valueOf(c.getData(org.labelbench.ui.internal.Widgets.KEY)).startsWith("tile:")) {
				count[0]++;
			}
			return false;
		});
		return count[0];
	}
}
