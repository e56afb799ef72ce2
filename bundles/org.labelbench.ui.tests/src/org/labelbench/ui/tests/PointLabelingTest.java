package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.TaskType;
import org.labelbench.core.Workspace;

/**
 * A fifth task type that only a plugin brings (org.labelbench.example.point, "image-point"): the workbench offers it,
 * shows its editor and key hints, the labeler clicks points with the mouse, picks classes with 1 and 2, takes a
 * point back with Backspace and submits with Enter; the plugin's export format writes every point. Nothing in core or
 * UI code names the type.
 */
class PointLabelingTest {

	private static final String PROJECT = "points";
	private static final int WIDTH = 200;
	private static final int HEIGHT = 100;

	@TempDir
	Path workspace;
	@TempDir
	Path data;
	@TempDir
	Path out;

	@Test
	void pointsClickedWithTheMouseAreExportedWithTheirClasses() throws Exception {
		for (String name : new String[] { "a.png", "b.png" }) {
			BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.DARK_GRAY);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(Color.YELLOW);
			g.fillOval(40, 15, 20, 20);
			g.dispose();
			ImageIO.write(image, "png", data.resolve(name).toFile());
		}
		Path csv = out.resolve("points.csv");
		List<String> seen = new ArrayList<>();
		Map<String, List<String>> expected = new TreeMap<>();
		UiScript ui = new UiScript();
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			Workspace ws = ui.context().get(Workspace.class);
			TaskType type = ws.taskTypes().require("image-point");
			seen.add(type.name() + " from " + type.contributor());
			ws.projects().create(new ProjectSpec(PROJECT, "image-point", data, List.of("head", "tail"), null, null),
					new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		})
				.when("the labeling perspective lists the project", () -> ui.projectRow(PROJECT) != null,
						() -> ui.selectProject(PROJECT))
				.when("the first image shows in the point editor", () -> shownItem(ui) != null, () -> {
					ui.context().get(EPartService.class).showPart("org.labelbench.ui.part.labeling",
							EPartService.PartState.ACTIVATE);
					seen.add(keyHints(ui));
					String item = shownItem(ui);
					ui.press("1");
					click(ui, 50, 25);
					ui.press("2");
					click(ui, 150, 75);
					click(ui, 100, 50);
					backspace(ui); // the last point, at 100,50, goes again
					expected.put(item, List.of("head,50.0,25.0", "tail,150.0,75.0"));
				})
				.when("the points are painted", () -> true, () -> {
					UiScript.screenshot(ui.workbenchShell(), "point-editor");
					ui.press("CR");
				})
				.when("the second image shows", () -> shownItem(ui) != null && !expected.containsKey(shownItem(ui)),
						() -> {
							String item = shownItem(ui);
							// the class picked stays picked: tail
							click(ui, 20, 80);
							ui.press("1");
							click(ui, 180, 10);
							expected.put(item, List.of("tail,20.0,80.0", "head,180.0,10.0"));
							ui.press("CR");
						})
				.when("both images are labeled",
						() -> ui.context().get(Workspace.class).projects().status(PROJECT).items().labeled() == 2,
						() -> ui.command("org.labelbench.ui.command.export"))
				.when("the export dialog opens", () -> ui.dialog("Export Labels") != null, () -> {
					Shell dialog = ui.dialog("Export Labels");
					Combo format = UiScript.find(dialog, Combo.class, c -> true);
					List<String> formats = List.of(format.getItems());
					format.select(formats.indexOf("Points (CSV, one row per point)"));
					format.notifyListeners(SWT.Selection, new Event());
					UiScript.find(dialog, Text.class, t -> true).setText(csv.toString());
					UiScript.click(UiScript.button(dialog, "Export"));
				})
				.when("the export reports what it wrote",
						() -> ui.dialog("Export Labels") != null && UiScript.find(ui.dialog("Export Labels"),
								Label.class, l -> l.getText().contains("exported to")) != null,
						() -> {
							Shell dialog = ui.dialog("Export Labels");
							seen.add(UiScript.find(dialog, Label.class, l -> l.getText().contains("exported to"))
									.getText());
							UiScript.click(UiScript.button(dialog, "OK"));
						});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertEquals("Image points (example plugin) from org.labelbench.example.point", seen.get(0),
				"the registry found the plugin's task type");
		assertTrue(seen.get(1).startsWith("click: add a point of the current class"), "key hints: " + seen.get(1));
		assertEquals("2 items with 4 annotations exported to " + csv + ".", seen.get(2));
		List<String> lines = Files.readAllLines(csv);
		assertEquals("source,width,height,class,x,y", lines.get(0));
		List<String> rows = new ArrayList<>();
		expected.forEach((item, points) -> points
				.forEach(p -> rows.add(data.resolve(item) + "," + WIDTH + "," + HEIGHT + "," + p)));
		assertEquals(rows, lines.subList(1, lines.size()).stream().sorted(PointLabelingTest::byItem).toList(),
				"every point, with its class, in the image's pixels; the point taken back is not there");
	}

	/** Keeps each item's rows in the order they were written, items in name order. */
	private static int byItem(String a, String b) {
		return a.substring(0, a.indexOf(',')).compareTo(b.substring(0, b.indexOf(',')));
	}

	private static Canvas canvas(UiScript ui) {
		return UiScript.named(ui.workbenchShell(), Canvas.class, "pointCanvas");
	}

	/** @return the item the point editor shows (its tooltip), or null while none shows */
	private static String shownItem(UiScript ui) {
		Canvas canvas = canvas(ui);
		return canvas == null ? null : canvas.getToolTipText();
	}

	private static String keyHints(UiScript ui) {
		Label hints = UiScript.find(ui.workbenchShell(), Label.class, l -> l.getText().contains("Backspace"));
		return hints == null ? "no key hints shown" : hints.getText();
	}

	/** Clicks the picture at a pixel of the image, where the editor shows it fitted into its canvas. */
	private static void click(UiScript ui, int x, int y) {
		Canvas canvas = canvas(ui);
		Rectangle area = canvas.getClientArea();
		double scale = Math.min((double) area.width / WIDTH, (double) area.height / HEIGHT);
		int left = (area.width - (int) Math.round(WIDTH * scale)) / 2;
		int top = (area.height - (int) Math.round(HEIGHT * scale)) / 2;
		Event down = new Event();
		down.button = 1;
		down.x = left + (int) Math.round(x * scale);
		down.y = top + (int) Math.round(y * scale);
		canvas.notifyListeners(SWT.MouseDown, down);
		Event up = new Event();
		up.button = 1;
		up.x = down.x;
		up.y = down.y;
		canvas.notifyListeners(SWT.MouseUp, up);
	}

	private static void backspace(UiScript ui) {
		Event key = new Event();
		key.keyCode = SWT.BS;
		key.character = SWT.BS;
		canvas(ui).notifyListeners(SWT.KeyDown, key);
	}
}
