package org.labelbench.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;

/**
 * The project a new user finds in an empty workspace: a few generated images of shapes to classify, so that there is
 * something real to look at and label. Created by the workbench only, never by the command line.
 */
final class SampleProject {

	static final String NAME = "Sample shapes";
	static final List<String> CLASSES = List.of("circle", "square", "triangle");
	private static final int IMAGES_PER_CLASS = 8;

	private SampleProject() {
	}

	/** @return whether this is a local workspace that has never had a project, opened by its administrator */
	static boolean wanted(Workspace workspace) {
		return workspace.location().workspace().isPresent() && workspace.access().isAdmin()
				&& workspace.projects().list().isEmpty()
				&& !workspace.store().projects().nameUsed(NAME);
	}

	/** @return a job that creates the sample project if the workspace has never had a project */
	static Job job(Workspace workspace, IEventBroker events) {
		return Job.create("Creating the sample project", (IProgressMonitor monitor) -> {
			if (!wanted(workspace)) { // asked here, off the UI thread: it reads the database
				return Status.OK_STATUS;
			}
			Path folder = workspace.location().workspace().orElseThrow().resolve("samples").resolve("shapes");
			try {
				writeImages(folder);
			} catch (IOException e) {
				return Status.error("Could not write the sample images to " + folder, e);
			}
			workspace.projects().create(new ProjectSpec(NAME, "image-multiclass", folder, CLASSES,
					"Pick the shape you see: circle (1), square (2) or triangle (3).", null), monitor);
			events.post(UiEvents.PROJECTS_CHANGED, Map.of());
			return Status.OK_STATUS;
		});
	}

	static void writeImages(Path folder) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(42);
		for (String shape : CLASSES) {
			for (int i = 1; i <= IMAGES_PER_CLASS; i++) {
				BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
				Graphics2D g = image.createGraphics();
				g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
				g.setColor(new Color(230 + random.nextInt(25), 230 + random.nextInt(25), 230 + random.nextInt(25)));
				g.fillRect(0, 0, 160, 120);
				g.setColor(Color.getHSBColor(random.nextFloat(), 0.7f, 0.8f));
				g.setStroke(new BasicStroke(3));
				int size = 40 + random.nextInt(30);
				int x = 10 + random.nextInt(150 - size - 10);
				int y = 10 + random.nextInt(110 - size - 10);
				switch (shape) {
					case "circle" -> g.fillOval(x, y, size, size);
					case "square" -> g.fillRect(x, y, size, size);
					default -> g.fillPolygon(new Polygon(new int[] { x, x + size, x + size / 2 },
							new int[] { y + size, y + size, y }, 3));
				}
				g.dispose();
				ImageIO.write(image, "png", folder.resolve(String.format("%s-%02d.png", shape, i)).toFile());
			}
		}
	}
}
