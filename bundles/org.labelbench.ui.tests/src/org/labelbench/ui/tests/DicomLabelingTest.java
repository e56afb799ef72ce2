package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.testsupport.ImageFixtures;

/**
 * A labeler reads CT and multi-frame DICOM in the image classification editor: a right-button drag on the picture
 * changes the window (the level and width shown change, and so do the pixels on screen), a preset applies the
 * window it names, the DICOM info panel shows the file's attributes, the frame slider shows another frame; then the
 * items are labeled with keys as any image.
 */
class DicomLabelingTest {

	@TempDir
	Path workspace;
	@TempDir
	Path ct;
	@TempDir
	Path frames;

	@Test
	void windowLevelPresetsInfoAndFrames() throws Exception {
		ImageFixtures.copy("CT_small.dcm", ct);
		ImageFixtures.copy("multiframe.dcm", frames);
		List<String> seen = new ArrayList<>();
		byte[][] before = new byte[1][];
		String[] windowBefore = new String[1];
		UiScript ui = new UiScript();
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			Workspace ws = ui.context().get(Workspace.class);
			ws.projects().create(new ProjectSpec("ct", "image-multiclass", ct, List.of("normal", "finding"), null,
					null), new NullProgressMonitor());
			ws.projects().create(new ProjectSpec("frames", "image-multiclass", frames, List.of("normal", "finding"),
					null, null), new NullProgressMonitor());
			ui.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the labeling perspective lists the projects", () -> ui.projectRow("frames") != null, () -> {
			ui.selectProject("ct");
			ui.context().get(EPartService.class).showPart("org.labelbench.ui.part.labeling",
					EPartService.PartState.ACTIVATE);
		}).when("the CT image shows with its window", () -> tile(ui) != null && windowText(ui) != null, () -> {
			UiScript.screenshot(ui.workbenchShell(), "dicom-ct");
			windowBefore[0] = windowText(ui);
			before[0] = pixels(tile(ui));
			drag(tile(ui), 3, 40, 40, 140, 10); // wider, and higher: a brighter, flatter picture
		}).when("the window changed with the drag", () -> !windowText(ui).equals(windowBefore[0]), () -> {
			seen.add("drag " + windowBefore[0] + " -> " + windowText(ui));
			Combo presets = UiScript.named(ui.workbenchShell(), Combo.class, "window");
			presets.select(Arrays.asList(presets.getItems()).indexOf("Bone"));
			presets.notifyListeners(SWT.Selection, new Event());
		}).when("the Bone preset applies", () -> windowText(ui).equals("L 400  W 1800"), () -> {
			seen.add("pixels changed " + !Arrays.equals(before[0], pixels(tile(ui))));
			Button info = UiScript.named(ui.workbenchShell(), Button.class, "info");
			info.setSelection(true);
			info.notifyListeners(SWT.Selection, new Event());
		}).when("the info panel shows", () -> named(ui, "infoPanel") != null, () -> {
			seen.add("info " + named(ui, "infoPanel").contains("Modality: CT"));
			ui.press("2");
			ui.press("CR");
		}).when("the CT image is labeled", () -> labeled(ui, "ct") == 1, () -> {
			ui.selectProject("frames");
		}).when("the multi-frame image shows with its frame slider",
				() -> UiScript.named(ui.workbenchShell(), Scale.class, "frame") != null && tile(ui) != null, () -> {
					before[0] = pixels(tile(ui));
					Scale slider = UiScript.named(ui.workbenchShell(), Scale.class, "frame");
					seen.add("frames " + (slider.getMaximum() + 1));
					slider.setSelection(2);
					slider.notifyListeners(SWT.Selection, new Event());
				}).when("the third frame shows", () -> "Frame 3 of 3".equals(frameText(ui)), () -> {
					seen.add("frame pixels changed " + !Arrays.equals(before[0], pixels(tile(ui))));
					ui.press("1");
					ui.press("CR");
				}).when("the multi-frame image is labeled", () -> labeled(ui, "frames") == 1, () -> {
				});

		List<String> failures = ui.run(workspace);

		assertEquals(List.of(), failures);
		assertTrue(seen.get(0).startsWith("drag L "), seen.toString());
		assertEquals(List.of("pixels changed true", "info true", "frames 3", "frame pixels changed true"),
				seen.subList(1, seen.size()));
	}

	private static Canvas tile(UiScript ui) {
		return UiScript.named(ui.workbenchShell(), Canvas.class, "tile:0");
	}

	private static String windowText(UiScript ui) {
		return named(ui, "windowText");
	}

	private static String frameText(UiScript ui) {
		Scale slider = UiScript.named(ui.workbenchShell(), Scale.class, "frame");
		if (slider == null) {
			return null;
		}
		for (var child : slider.getParent().getChildren()) {
			if (child instanceof Label label && label.getText().startsWith("Frame ")) {
				return label.getText();
			}
		}
		return null;
	}

	private static String named(UiScript ui, String name) {
		Label label = UiScript.named(ui.workbenchShell(), Label.class, name);
		return label == null ? null : label.getText();
	}

	private static long labeled(UiScript ui, String project) {
		return ui.context().get(Workspace.class).projects().status(project).items().labeled();
	}

	/** Presses a mouse button at one point of a control, moves with it held, and releases it at another. */
	private static void drag(Canvas canvas, int button, int x0, int y0, int x1, int y1) {
		Event down = new Event();
		down.button = button;
		down.x = x0;
		down.y = y0;
		canvas.notifyListeners(SWT.MouseDown, down);
		for (int step = 1; step <= 4; step++) {
			Event move = new Event();
			move.x = x0 + (x1 - x0) * step / 4;
			move.y = y0 + (y1 - y0) * step / 4;
			move.stateMask = button == 3 ? SWT.BUTTON3 : SWT.BUTTON1;
			canvas.notifyListeners(SWT.MouseMove, move);
		}
		Event up = new Event();
		up.button = button;
		up.x = x1;
		up.y = y1;
		canvas.notifyListeners(SWT.MouseUp, up);
	}

	/** @return the pixels on screen of a control, as the user sees them */
	private static byte[] pixels(Canvas canvas) {
		canvas.update();
		var size = canvas.getSize();
		Image image = new Image(canvas.getDisplay(), size.x, size.y);
		GC gc = new GC(canvas);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		byte[] data = image.getImageData().data.clone();
		image.dispose();
		return data;
	}
}
