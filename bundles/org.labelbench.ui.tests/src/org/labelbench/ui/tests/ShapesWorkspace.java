package org.labelbench.ui.tests;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;

/**
 * A workspace made through the core API before the workbench starts: project "Shapes", image classification into
 * circle, square and triangle, over six generated PNGs of which three are labeled (circle, square, circle).
 */
final class ShapesWorkspace {

	static final String PROJECT = "Shapes";
	static final int IMAGES = 6;

	private ShapesWorkspace() {
	}

	/** Makes the workspace in {@code folder}/ws and its images in {@code folder}/shapes, and closes it again. */
	static Path create(Path folder) throws Exception {
		Path location = folder.resolve("ws");
		try (Workspace workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(location))) {
			create(workspace, folder);
		}
		return location;
	}

	/** Makes the project in a workspace (also one on a team server), over images it writes in {@code folder}/shapes. */
	static void create(Workspace workspace, Path folder) throws Exception {
		Path images = images(folder.resolve("shapes"));
		workspace.projects().create(new ProjectSpec(PROJECT, "image-multiclass", images,
				List.of("circle", "square", "triangle"), "Pick the shape.", null), new NullProgressMonitor());
		workspace.labeling().submit(PROJECT, "img000.png", List.of(Annotations.label("circle")), "alice");
		workspace.labeling().submit(PROJECT, "img001.png", List.of(Annotations.label("square")), "bob");
		workspace.labeling().submit(PROJECT, "img002.png", List.of(Annotations.label("circle")), "alice");
	}

	/** Writes images of a coloured disc on grey, 96x72 pixels, named img000.png ... */
	private static Path images(Path dir) throws IOException {
		Files.createDirectories(dir);
		for (int i = 0; i < IMAGES; i++) {
			BufferedImage image = new BufferedImage(96, 72, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(Color.LIGHT_GRAY);
			g.fillRect(0, 0, 96, 72);
			g.setColor(Color.getHSBColor(i / (float) IMAGES, 0.8f, 0.9f));
			g.fillOval(20, 10, 52, 52);
			g.dispose();
			ImageIO.write(image, "png", dir.resolve(String.format("img%03d.png", i)).toFile());
		}
		return dir;
	}
}
