package org.labelbench.core.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.ProjectStatus;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.store.StoreLocation;

/** A fresh workspace on embedded Derby for each test, with helpers to make data and annotations. */
abstract class WorkspaceFixture {

	static final LabelbenchFactory F = LabelbenchFactory.eINSTANCE;

	@TempDir
	Path temp;
	Workspace workspace;

	@BeforeEach
	void openWorkspace() throws Exception {
		workspace = Services.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
	}

	@AfterEach
	void closeWorkspace() {
		workspace.close();
	}

	/** @return a folder of {@code n} PNG images of 64x48 pixels named img000.png ... */
	Path images(String folder, int n) throws IOException {
		Path dir = Files.createDirectories(temp.resolve(folder));
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < n; i++) {
			ImageIO.write(image, "png", dir.resolve(String.format("img%03d.png", i)).toFile());
		}
		return dir;
	}

	ProjectStatus create(String name, String type, Path data, String... labels) {
		return workspace.projects().create(new ProjectSpec(name, type, data, List.of(labels), null, null),
				new NullProgressMonitor()).status();
	}

	static ClassLabel label(String name) {
		ClassLabel label = F.createClassLabel();
		label.setClassName(name);
		return label;
	}

	static BoundingBox box(double x, double y, double w, double h, String name) {
		BoundingBox box = F.createBoundingBox();
		box.setX(x);
		box.setY(y);
		box.setWidth(w);
		box.setHeight(h);
		box.setClassName(name);
		return box;
	}

	static Polygon polygon(String name, double... xy) {
		Polygon polygon = F.createPolygon();
		polygon.setClassName(name);
		for (int i = 0; i < xy.length; i += 2) {
			Point point = F.createPoint();
			point.setX(xy[i]);
			point.setY(xy[i + 1]);
			polygon.getPoints().add(point);
		}
		return polygon;
	}

	static List<Annotation> annotations(Annotation... annotations) {
		return List.of(annotations);
	}
}
