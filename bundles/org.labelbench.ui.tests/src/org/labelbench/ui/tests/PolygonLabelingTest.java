package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.model.Annotation;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;

/**
 * A labeler outlines shapes with the mouse and keys on a photo larger than the picture painted (2000x1500): places
 * vertices, undoes and redoes one, closes the polygon on its first vertex, drops a polygon with Esc while drawing it,
 * closes a triangle with the Close Polygon key and gives it the second class, moves the first polygon, drags a vertex,
 * inserts one on an edge, deletes it, undoes and redoes that, nudges the polygon, deletes a third polygon, and submits.
 * The stored polygons are in the image's own pixels.
 */
class PolygonLabelingTest {

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void polygonsDrawnEditedUndoneAndSubmittedInImagePixels() throws Exception {
		BufferedImage photo = new BufferedImage(2000, 1500, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = photo.createGraphics();
		g.setColor(Color.GRAY);
		g.fillRect(0, 0, 2000, 1500);
		g.setColor(Color.GREEN.darker());
		g.fillPolygon(new int[] { 1000, 1400, 1200 }, new int[] { 800, 800, 1200 }, 3);
		g.dispose();
		ImageIO.write(photo, "png", data.resolve("park.png").toFile());
		List<String> stored = new ArrayList<>();
		double[] tolerance = new double[1];
		UiScript ui = new UiScript();
		CanvasMouse mouse = new CanvasMouse(ui);
		String square = "building 200 200 600 200 600 500 200 500";
		String tree = "tree 1000 800 1400 800 1200 1200";
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			BoundingBoxLabelingTest.workspace(ui).projects().create(new ProjectSpec("outlines", "image-polygon", data,
					List.of("building", "tree"), null, null), new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the labeling perspective lists the project", () -> ui.projectRow("outlines") != null,
				() -> ui.selectProject("outlines"))
				.when("the photo shows", () -> mouse.canvas() != null, () -> {
					BoundingBoxLabelingTest.activateTask(ui);
					mouse.click(200, 200);
					mouse.click(600, 200);
					mouse.hover(650, 450);
					mouse.click(600, 500);
					ui.press("M1+Z");
					ui.press("M1+Y");
					mouse.click(200, 500);
					assertPolygons(mouse, "not closed yet: nothing to submit");
					UiScript.screenshot(ui.workbenchShell(), "polygon-drawing");
					mouse.click(200, 200);
					assertPolygons(mouse, "closed on its first vertex", square);
					mouse.click(1000, 1000);
					mouse.click(1300, 1000);
					ui.press("ESC");
					mouse.click(1000, 800);
					mouse.click(1400, 800);
					mouse.click(1200, 1200);
					ui.press("C");
					ui.press("2");
					assertPolygons(mouse, "Esc dropped one, C closed the next, 2 is its class", square, tree);
				})
				.when("the polygons are painted", () -> true, () -> {
					UiScript.screenshot(ui.workbenchShell(), "polygon-two");
					mouse.drag(400, 350, 500, 400);
					assertPolygons(mouse, "the first moved", "building 300 250 700 250 700 550 300 550", tree);
					mouse.drag(700, 550, 800, 650);
					assertPolygons(mouse, "a vertex dragged", "building 300 250 700 250 800 650 300 550", tree);
					mouse.drag(500, 250, 500, 150);
					String inserted = "building 300 250 500 150 700 250 800 650 300 550";
					assertPolygons(mouse, "a vertex inserted on an edge", inserted, tree);
					mouse.click(500, 150);
					ui.press("DEL");
					String four = "building 300 250 700 250 800 650 300 550";
					assertPolygons(mouse, "the vertex deleted", four, tree);
					ui.press("M1+Z");
					assertPolygons(mouse, "undo", inserted, tree);
					ui.press("M1+Y");
					assertPolygons(mouse, "redo", four, tree);
					ui.press("ARROW_LEFT");
					ui.press("M2+ARROW_UP");
					String nudged = "building 299 240 699 240 799 640 299 540";
					assertPolygons(mouse, "nudged", nudged, tree);
					mouse.click(100, 1200);
					mouse.click(300, 1200);
					mouse.click(200, 1400);
					ui.press("C");
					assertPolygons(mouse, "a third", nudged, tree, "tree 100 1200 300 1200 200 1400");
					ui.press("DEL");
					assertPolygons(mouse, "the third deleted", nudged, tree);
					tolerance[0] = 2 * mouse.tolerance();
					UiScript.screenshot(ui.workbenchShell(), "polygon-before-submit");
					ui.press("CR");
				})
				.when("the item is labeled",
						() -> BoundingBoxLabelingTest.workspace(ui).projects().status("outlines").items().labeled() == 1,
						() -> stored.addAll(describe(BoundingBoxLabelingTest.storedLabels(ui, "outlines", "park.png"))));

		assertEquals(List.of(), ui.run(workspace));
		BoundingBoxLabelingTest.assertClose("stored",
				List.of("building 299 240 699 240 799 640 299 540", tree), stored, tolerance[0]);
	}

	private static List<String> describe(List<Annotation> labels) {
		List<String> polygons = new ArrayList<>();
		for (Annotation label : labels) {
			StringBuilder text = new StringBuilder(label.getClassName());
			for (Point point : ((Polygon) label).getPoints()) {
				text.append(String.format(Locale.ROOT, " %.0f %.0f", point.getX(), point.getY()));
			}
			polygons.add(text.toString());
		}
		return polygons;
	}

	private static void assertPolygons(CanvasMouse mouse, String what, String... expected) {
		BoundingBoxLabelingTest.assertClose(what, List.of(expected), describe(mouse.labels()), 2 * mouse.tolerance());
	}
}
