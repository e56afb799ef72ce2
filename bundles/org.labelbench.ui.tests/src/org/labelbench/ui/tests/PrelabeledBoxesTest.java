package org.labelbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.PendingSubmission;
import org.labelbench.testsupport.Annotations;

/**
 * An item the detector prelabeled opens in the box editor with the predicted boxes and a status line saying so; the
 * labeler moves one and submits, and the submission is recorded as a changed prelabel with the box where it was
 * moved. The prelabel is stored as the detector's prelabeling stores it: boxes with their scores, kept as the item's
 * default, from {@code labelbench-ml}.
 */
class PrelabeledBoxesTest {

	@TempDir
	Path workspace;
	@TempDir
	Path data;

	@Test
	void predictedBoxesShowAndAMovedOneIsRecordedAsAChangedPrelabel() throws Exception {
		BufferedImage photo = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = photo.createGraphics();
		g.setColor(Color.DARK_GRAY);
		g.fillRect(0, 0, 640, 480);
		g.setColor(Color.ORANGE);
		g.fillRect(100, 100, 200, 120);
		g.setColor(Color.CYAN);
		g.fillOval(400, 250, 150, 150);
		g.dispose();
		ImageIO.write(photo, "png", data.resolve("street.png").toFile());
		List<String> stored = new ArrayList<>();
		SubmissionSource[] source = new SubmissionSource[1];
		double[] tolerance = new double[1];
		UiScript ui = new UiScript();
		CanvasMouse mouse = new CanvasMouse(ui);
		ui.when("the workbench is open", () -> ui.projectRow("Sample shapes") != null, () -> {
			Workspace ws = BoundingBoxLabelingTest.workspace(ui);
			long id = ws.projects().create(new ProjectSpec("detected", "image-bbox", data, List.of("car", "wheel"),
					null, null), new NullProgressMonitor()).status().id();
			prelabel(ws, id, "street.png", Annotations.box(100, 100, 200, 120, "car"),
					Annotations.box(400, 250, 150, 150, "wheel"));
			ui.command("org.labelbench.ui.command.labelingPerspective");
		}).when("the labeling perspective lists the project", () -> ui.projectRow("detected") != null,
				() -> ui.selectProject("detected"))
				.when("the photo shows", () -> mouse.canvas() != null, () -> {
					BoundingBoxLabelingTest.activateTask(ui);
					assertEquals(List.of("car 100 100 200 120", "wheel 400 250 150 150"), describe(mouse.labels()),
							"the predicted boxes are the item's boxes");
					Label status = UiScript.find(ui.workbenchShell(), Label.class,
							l -> l.getText().contains("predicted"));
					assertTrue(status != null && status.getText().contains("2 predicted"), "the status says so");
				})
				.when("the predicted boxes are painted", () -> true, () -> {
					UiScript.screenshot(ui.workbenchShell(), "bbox-prelabeled");
					mouse.drag(200, 160, 230, 180);
					tolerance[0] = 2 * mouse.tolerance();
					assertEquals(2, mouse.labels().size());
					ui.press("CR");
				})
				.when("the item is labeled", () -> BoundingBoxLabelingTest.workspace(ui).projects().status("detected")
						.items().labeled() == 1,
						() -> {
							Workspace ws = BoundingBoxLabelingTest.workspace(ui);
							long id = ws.projects().status("detected").id();
							ItemRecord item = ws.store().items().findByLocation(id, "street.png").orElseThrow();
							Submission submitted = ws.store().items().currentSubmission(id, item.id()).orElseThrow();
							source[0] = submitted.getSource();
							stored.addAll(describe(submitted.getAnnotations()));
						});

		assertEquals(List.of(), ui.run(workspace));
		assertEquals(SubmissionSource.PRELABEL_CHANGED, source[0]);
		BoundingBoxLabelingTest.assertClose("stored", List.of("car 130 120 200 120", "wheel 400 250 150 150"), stored,
				tolerance[0]);
	}

	/** Stores boxes with scores as the item's default prelabel, as the detector's prelabeling does. */
	private static void prelabel(Workspace ws, long projectId, String location, BoundingBox... boxes) {
		ItemRecord item = ws.store().items().findByLocation(projectId, location).orElseThrow();
		Submission submission = LabelbenchFactory.eINSTANCE.createSubmission();
		submission.setItemId(item.id());
		submission.setLabeler("labelbench-ml");
		submission.setSubmittedAt(new Date());
		submission.setSource(SubmissionSource.PRELABEL);
		List<String> classes = new ArrayList<>();
		for (BoundingBox box : boxes) {
			box.setConfidence(0.97);
			submission.getAnnotations().add(box);
			classes.add(box.getClassName());
		}
		ws.store().items().submitAll(projectId, List.of(new PendingSubmission(submission, classes, 640, 480)),
				SubmissionSource.PRELABEL, true);
	}

	private static List<String> describe(List<Annotation> labels) {
		return labels.stream().map(a -> {
			BoundingBox box = (BoundingBox) a;
			return String.format(Locale.ROOT, "%s %.0f %.0f %.0f %.0f", box.getClassName(), box.getX(), box.getY(),
					box.getWidth(), box.getHeight());
		}).toList();
	}
}
