package org.labelbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.labelbench.core.tests.WorkspaceFixture.F;
import static org.labelbench.core.tests.WorkspaceFixture.box;
import static org.labelbench.core.tests.WorkspaceFixture.label;
import static org.labelbench.core.tests.WorkspaceFixture.polygon;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.labelbench.core.TaskType;
import org.labelbench.core.TaskTypeRegistry;
import org.labelbench.model.Annotation;
import org.labelbench.model.LabelClass;
import org.labelbench.model.Project;
import org.labelbench.model.Submission;

class ValidatorTest {

	@Test
	void multiClassTakesExactlyOneKnownClass() throws Exception {
		assertEquals(List.of(), problems("image-multiclass", label("cat")));
		assertEquals(List.of("Image classification (multi-class) takes exactly one class, not 2"),
				problems("image-multiclass", label("cat"), label("dog")));
		assertEquals(List.of("annotation 1 has class 'cow', which is not a class of project 'pets'"),
				problems("text-multiclass", label("cow")));
	}

	@Test
	void multiLabelTakesDistinctClasses() throws Exception {
		assertEquals(List.of(), problems("image-multilabel", label("cat"), label("dog")));
		assertEquals(List.of("class 'cat' is given twice"), problems("text-multilabel", label("cat"), label("cat")));
	}

	@Test
	void boxesNeedAPositiveSize() throws Exception {
		assertEquals(List.of(), problems("image-bbox", box(1, 2, 3, 4, "cat")));
		assertEquals(List.of("annotation 1 has size 0.0x4.0; a box needs a positive width and height"),
				problems("image-bbox", box(1, 2, 0, 4, "cat")));
		assertTrue(problems("image-bbox", box(1, 2, -3, 4, "cat")).get(0).contains("positive width"));
		assertEquals(List.of("annotation 1 is a ClassLabel, but Object detection (bounding box) takes BoundingBox annotations"),
				problems("image-bbox", label("cat")));
	}

	@Test
	void polygonsNeedThreeVerticesAndAnArea() throws Exception {
		assertEquals(List.of(), problems("image-polygon", polygon("dog", 0, 0, 4, 0, 4, 3)));
		assertEquals(List.of("annotation 1 has 2 vertices; a polygon needs at least 3"),
				problems("image-polygon", polygon("dog", 0, 0, 4, 0)));
		assertEquals(List.of("annotation 1 encloses no area (its vertices lie on a line)"),
				problems("image-polygon", polygon("dog", 0, 0, 1, 1, 2, 2)));
	}

	@Test
	void polygonsThatCrossThemselvesAreRefused() throws Exception {
		assertEquals(List.of("annotation 1 crosses itself: its edges 1 and 3 intersect (edge 1 runs from the first"
				+ " vertex to the second)"), problems("image-polygon", polygon("dog", 0, 0, 4, 4, 4, 0, 0, 6)));
		assertEquals(List.of("annotation 2 crosses itself: its edges 1 and 3 intersect (edge 1 runs from the first"
				+ " vertex to the second)"), problems("image-polygon", polygon("dog", 0, 0, 4, 0, 4, 3),
						polygon("cat", 0, 0, 6, 0, 6, 6, 3, -2, 0, 6)));
		// a concave polygon is fine: only a crossing is refused
		assertEquals(List.of(), problems("image-polygon", polygon("dog", 0, 0, 6, 0, 6, 6, 3, 1, 0, 6)));
		assertTrue(problems("image-polygon", polygon("dog", 0, 0, 6, 0, 3, 0, 3, 5)).get(0).contains("crosses itself"),
				"an edge running back along another overlaps it");
	}

	private static List<String> problems(String typeId, Annotation... annotations) throws Exception {
		TaskTypeRegistry registry = Services.get(TaskTypeRegistry.class);
		TaskType type = registry.require(typeId);
		Project project = F.createProject();
		project.setName("pets");
		for (String name : List.of("cat", "dog")) {
			LabelClass labelClass = F.createLabelClass();
			labelClass.setName(name);
			project.getLabelClasses().add(labelClass);
		}
		Submission submission = F.createSubmission();
		submission.getAnnotations().addAll(List.of(annotations));
		return registry.validator(type).validate(type, project, submission);
	}
}
