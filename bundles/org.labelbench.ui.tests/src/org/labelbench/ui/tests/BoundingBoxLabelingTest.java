package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.imaging.Window;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.store.ItemRecord;
import org.labelbench.testsupport.ImageFixtures;

/**
 * A labeler draws boxes with the mouse and keys on a photo larger than the picture painted (2400x1800, painted at
 * 1600x1200 at most): draws a box, drops one with Esc while drawing it, clicks on empty space (no box), draws a second
 * and gives it the second class, moves and resizes the first, undoes and redoes, deletes a third, pushes the second
 * against the image's edge, nudges the first with the arrows, zooms, and submits. The stored boxes are in the image's
 * own pixels. On a DICOM item a right-button drag changes the window, and the picture painted changes with it.
 */
class BoundingBoxLabelingTest {

	private static final String LABEL_PART = "org.labelbench.ui.part.labeling";

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void boxesDrawnMovedResizedUndoneAndSubmittedInImagePixels() throws Exception {
		BufferedImage photo = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = photo.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, 2400, 1800);
		g.setColor(Color.ORANGE);
		g.fillRect(200, 200, 600, 400);
		g.dispose();
		ImageIO.write(photo, "png", data.resolve("street.png").toFile());
		List<String> stored = new ArrayList<>();
		double[] tolerance = new double[1];
		UiScript ui = new UiScript();
		CanvasMouse mouse = new CanvasMouse(ui);
		open(ui, "boxes", List.of("car", "person"))
				.when("the photo shows", () -> mouse.canvas() != null, () -> {
					activateTask(ui);
					mouse.drag(200, 200, 800, 600);
					assertBoxes(mouse, "a box drawn", "car 200 200 600 400");
					mouse.press(1, 1000, 1000);
					mouse.moveTo(1, 1000, 1000, 1400, 1400);
					ui.press("ESC");
					mouse.release(1, 1400, 1400);
					assertBoxes(mouse, "Esc while drawing", "car 200 200 600 400");
					mouse.click(1500, 300);
					assertBoxes(mouse, "a click on empty space", "car 200 200 600 400");
					mouse.drag(1200, 900, 1800, 1500);
					ui.press("2");
					assertBoxes(mouse, "a second box, class 2", "car 200 200 600 400", "person 1200 900 600 600");
				})
				.when("the boxes are painted", () -> true, () -> {
					UiScript.screenshot(ui.workbenchShell(), "bbox-two-boxes");
					mouse.drag(400, 400, 500, 450);
					assertBoxes(mouse, "the first moved", "car 300 250 600 400", "person 1200 900 600 600");
					mouse.drag(900, 650, 1000, 700);
					assertBoxes(mouse, "resized by a handle", "car 300 250 700 450", "person 1200 900 600 600");
					ui.press("M1+Z");
					assertBoxes(mouse, "undo", "car 300 250 600 400", "person 1200 900 600 600");
					ui.press("M1+Z");
					assertBoxes(mouse, "undo again", "car 200 200 600 400", "person 1200 900 600 600");
					ui.press("M1+Y");
					ui.press("M1+M2+Z");
					assertBoxes(mouse, "redo twice", "car 300 250 700 450", "person 1200 900 600 600");
					mouse.drag(100, 1300, 400, 1600);
					assertBoxes(mouse, "a third box, of the class picked last", "car 300 250 700 450",
							"person 1200 900 600 600", "person 100 1300 300 300");
					ui.press("DEL");
					assertBoxes(mouse, "deleted", "car 300 250 700 450", "person 1200 900 600 600");
					mouse.click(1500, 1200);
					mouse.drag(1500, 1200, 2700, 1200);
					assertBoxes(mouse, "pushed against the right edge", "car 300 250 700 450",
							"person 1800 900 600 600");
					mouse.click(500, 400);
					ui.press("ARROW_RIGHT");
					ui.press("M2+ARROW_DOWN");
					assertBoxes(mouse, "nudged", "car 301 260 700 450", "person 1800 900 600 600");
					double fitted = mouse.view().scale();
					ui.press("=");
					assertTrue(mouse.view().scale() > fitted, "zoomed in");
					ui.press("0");
					assertEquals(fitted, mouse.view().scale(), 1e-9, "fitted again");
					tolerance[0] = 2 * mouse.tolerance();
					UiScript.screenshot(ui.workbenchShell(), "bbox-before-submit");
					ui.press("CR");
				})
				.when("the item is labeled", () -> workspace(ui).projects().status("boxes").items().labeled() == 1,
						() -> stored.addAll(describe(storedLabels(ui, "boxes", "street.png"))));

		assertEquals(List.of(), ui.run(workspace));
		assertEquals(2, stored.size(), stored.toString());
		assertClose("stored", List.of("car 301 260 700 450", "person 1800 900 600 600"), stored, tolerance[0]);
	}

	@Test
	void aRightDragChangesTheWindowOfADicomPicture() throws Exception {
		ImageFixtures.copy("CT_small.dcm", data);
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		CanvasMouse mouse = new CanvasMouse(ui);
		Window[] before = new Window[1];
		ImageData[] painted = new ImageData[1];
		open(ui, "ct", List.of("lesion"))
				.when("the CT slice shows", () -> mouse.canvas() != null, () -> {
					activateTask(ui);
					assertTrue(mouse.view().picture().windowed(), "a CT slice has a window");
					before[0] = mouse.view().picture().window();
					painted[0] = paint(mouse.canvas());
					mouse.press(3, 40, 40);
					mouse.moveTo(3, 40, 40, 100, 80);
					mouse.release(3, 100, 80);
				})
				.when("the slice shows through another window",
						() -> !mouse.view().picture().window().equals(before[0]), () -> {
							ImageData now = paint(mouse.canvas());
							int changed = differingPixels(painted[0], now);
							seen.add("window " + before[0] + " -> " + mouse.view().picture().window());
							assertTrue(changed > now.width * now.height / 20,
									"the picture painted changed with the window: " + changed + " pixels");
							UiScript.screenshot(ui.workbenchShell(), "bbox-dicom-window");
							mouse.drag(20, 20, 60, 50);
							ui.press("CR");
						})
				.when("the slice is labeled", () -> workspace(ui).projects().status("ct").items().labeled() == 1,
						() -> seen.addAll(describe(storedLabels(ui, "ct", "CT_small.dcm"))));

		assertEquals(List.of(), ui.run(workspace));
		assertEquals(2, seen.size(), seen.toString());
		assertClose("stored", List.of("lesion 20 20 40 30"), seen.subList(1, 2), 2);
	}

	@Test
	void zoomedInA12MegapixelPhotoShowsItsOwnPixels() throws Exception {
		BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 4000; x += 2) { // one-pixel stripes: lost in any picture smaller than the image
			for (int y = 0; y < 3000; y++) {
				photo.setRGB(x, y, 0xFFFFFF);
			}
		}
		ImageIO.write(photo, "png", data.resolve("stripes.png").toFile());
		List<String> seen = new ArrayList<>();
		UiScript ui = new UiScript();
		CanvasMouse mouse = new CanvasMouse(ui);
		open(ui, "detail", List.of("stripe"))
				.when("the photo shows", () -> mouse.canvas() != null, () -> {
					activateTask(ui);
					seen.add("rendered at first " + mouse.view().picture().image().width + " of 4000 pixels wide");
					for (int i = 0; i < 8; i++) {
						ui.press("=");
					}
				})
				.when("the picture is rendered in the image's own pixels",
						() -> mouse.view().picture().image().width == 4000, () -> {
							ImageData now = paint(mouse.canvas());
							int white = 0;
							int black = 0;
							for (int y = now.height / 4; y < now.height * 3 / 4; y++) {
								for (int x = now.width / 4; x < now.width * 3 / 4; x++) {
									int red = now.palette.getRGB(now.getPixel(x, y)).red;
									white += red > 200 ? 1 : 0;
									black += red < 55 ? 1 : 0;
								}
							}
							int all = now.width * now.height / 4;
							seen.add("white " + (white * 5 / all > 0) + ", black " + (black * 5 / all > 0));
							UiScript.screenshot(ui.workbenchShell(), "bbox-zoomed-detail");
						});

		assertEquals(List.of(), ui.run(workspace));
		assertEquals(2, seen.size(), seen.toString());
		assertTrue(seen.get(0).matches("rendered at first \\d{3,4} of 4000 pixels wide")
				&& Integer.parseInt(seen.get(0).split(" ")[3]) < 4000, seen.get(0));
		assertEquals("white true, black true", seen.get(1), "both stripes painted, each a fifth of the view or more");
	}

	private UiScript open(UiScript ui, String project, List<String> classes) {
		return ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			workspace(ui).projects().create(new ProjectSpec(project, "image-bbox", data, classes, null, null),
					new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the labeling perspective lists the project", () -> ui.projectRow(project) != null,
				() -> ui.selectProject(project));
	}

	static void activateTask(UiScript ui) {
		ui.context().get(EPartService.class).showPart(LABEL_PART, EPartService.PartState.ACTIVATE);
	}

	static Workspace workspace(UiScript ui) {
		return ui.context().get(Workspace.class);
	}

	/** @return the labels stored for an item, read through the workspace as an exporter would */
	static List<Annotation> storedLabels(UiScript ui, String project, String location) {
		Workspace ws = workspace(ui);
		long id = ws.projects().status(project).id();
		for (ItemRecord item : ws.store().items().page(id, 0, 100)) {
			if (item.location().equals(location)) {
				return ws.store().items().currentSubmission(id, item.id()).orElseThrow().getAnnotations();
			}
		}
		throw new AssertionError("no item " + location);
	}

	private static List<String> describe(List<Annotation> labels) {
		List<String> boxes = new ArrayList<>();
		for (Annotation label : labels) {
			BoundingBox box = (BoundingBox) label;
			boxes.add(String.format(java.util.Locale.ROOT, "%s %.0f %.0f %.0f %.0f", box.getClassName(), box.getX(),
					box.getY(), box.getWidth(), box.getHeight()));
		}
		return boxes;
	}

	/** Asserts the editor's boxes, each number within what a mouse on the view can aim in image pixels. */
	private static void assertBoxes(CanvasMouse mouse, String what, String... expected) {
		assertClose(what, List.of(expected), describe(mouse.labels()), 2 * mouse.tolerance());
	}

	static void assertClose(String what, List<String> expected, List<String> actual, double tolerance) {
		assertEquals(expected.size(), actual.size(), what + ": " + actual);
		for (int i = 0; i < expected.size(); i++) {
			String[] e = expected.get(i).split(" ");
			String[] a = actual.get(i).split(" ");
			assertEquals(e.length, a.length, what + ": " + actual);
			assertEquals(e[0], a[0], what + ", class: " + actual);
			for (int j = 1; j < e.length; j++) {
				assertTrue(Math.abs(Double.parseDouble(e[j]) - Double.parseDouble(a[j])) <= tolerance,
						what + ": expected " + expected + " but was " + actual);
			}
		}
	}

	/** @return the pixels of a canvas as painted now */
	static ImageData paint(Canvas canvas) {
		canvas.redraw();
		canvas.update();
		Image image = new Image(canvas.getDisplay(), canvas.getClientArea().width, canvas.getClientArea().height);
		GC gc = new GC(canvas);
		try {
			gc.copyArea(image, 0, 0);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static int differingPixels(ImageData a, ImageData b) {
		int count = 0;
		for (int y = 0; y < Math.min(a.height, b.height); y++) {
			for (int x = 0; x < Math.min(a.width, b.width); x++) {
				if (a.getPixel(x, y) != b.getPixel(x, y)) {
					count++;
				}
			}
		}
		return count;
	}
}
