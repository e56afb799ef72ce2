package org.labelbench.core.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.labelbench.model.Polygon;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.TestData;

/** A fresh workspace on embedded Derby for each test, with helpers to make data and annotations. */
abstract class WorkspaceFixture {

	static final LabelbenchFactory F = Annotations.F;

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
		for (int i = 0; i < n; i++) {
			TestData.png(dir.resolve(String.format("img%03d.png", i)), 64, 48);
		}
		return dir;
	}

	ProjectStatus create(String name, String type, Path data, String... labels) {
		return workspace.projects().create(new ProjectSpec(name, type, data, List.of(labels), null, null),
				new NullProgressMonitor()).status();
	}

	static ClassLabel label(String name) {
		return Annotations.label(name);
	}

	static BoundingBox box(double x, double y, double w, double h, String name) {
		return Annotations.box(x, y, w, h, name);
	}

	static Polygon polygon(String name, double... xy) {
		return Annotations.polygon(name, xy);
	}

	static List<Annotation> annotations(Annotation... annotations) {
		return List.of(annotations);
	}
}
