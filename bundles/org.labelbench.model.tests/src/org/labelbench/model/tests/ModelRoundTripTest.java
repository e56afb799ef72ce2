package org.labelbench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.ComputeDevice;
import org.labelbench.model.LabelClass;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.LocalFolderSource;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.model.Role;
import org.labelbench.model.Submission;
import org.labelbench.model.SubmissionSource;
import org.labelbench.model.xml.ModelXml;

class ModelRoundTripTest {

	private static final LabelbenchFactory F = LabelbenchFactory.eINSTANCE;

	@Test
	void projectDefinitionSurvivesXmiRoundTrip() {
		Project project = F.createProject();
		project.setName("Fish & chips <survey> ünïcode");
		project.setTaskType("image-bbox");
		project.setState(ProjectState.PAUSED);
		project.setCreatedAt(new Date(1_700_000_000_000L));
		for (String name : new String[] { "cod", "haddock", "plaice" }) {
			LabelClass labelClass = F.createLabelClass();
			labelClass.setName(name);
			labelClass.setOrder(project.getLabelClasses().size());
			labelClass.setKey(project.getLabelClasses().size() + 1);
			project.getLabelClasses().add(labelClass);
		}
		project.setInstructions(F.createInstructions());
		project.getInstructions().setUrl("https://example.org/guide");
		project.setDataset(F.createDataset());
		LocalFolderSource source = F.createLocalFolderSource();
		source.setPath("/data/fish");
		project.getDataset().setDataSource(source);
		project.setMlAssist(F.createMlAssistSettings());
		project.getMlAssist().setDevice(ComputeDevice.GPU);
		project.getMembers().add(F.createLabeler());
		project.getMembers().get(0).setName("ana");
		project.getMembers().get(0).setRole(Role.REVIEWER);

		Project copy = ModelXml.fromXml(ModelXml.toXml(project), Project.class);

		assertTrue(EcoreUtil.equals(project, copy), "every attribute and contained object survives");
		assertEquals("Fish & chips <survey> ünïcode", copy.getName());
		assertEquals("haddock", copy.findLabelClass("haddock").getName());
		assertEquals(2, copy.findLabelClass("haddock").getKey());
		assertNull(copy.findLabelClass("salmon"));
		assertTrue(copy.getInstructions().isLink());
		assertEquals(0.95, copy.getMlAssist().getTargetPrecision(), "ML assist defaults to 95% precision");
		assertEquals(300, copy.getMlAssist().getMinLabelsForTraining());
	}

	@Test
	void submissionWithEveryAnnotationKindSurvivesRoundTrip() {
		Submission submission = F.createSubmission();
		submission.setItemId(42);
		submission.setLabeler("ana");
		submission.setSource(SubmissionSource.PRELABEL_ACCEPTED);
		ClassLabel label = F.createClassLabel();
		label.setClassName("cod");
		label.setConfidence(0.97);
		BoundingBox box = F.createBoundingBox();
		box.setClassName("cod");
		box.setX(10.5);
		box.setY(20);
		box.setWidth(30);
		box.setHeight(40);
		submission.getAnnotations().add(label);
		submission.getAnnotations().add(box);
		submission.getAnnotations().add(polygon(0, 0, 4, 0, 4, 3));

		Submission copy = ModelXml.fromXml(ModelXml.toXml(submission), Submission.class);

		assertTrue(EcoreUtil.equals(submission, copy));
		assertEquals(0.97, copy.getAnnotations().get(0).getConfidence());
		assertNull(copy.getAnnotations().get(1).getConfidence(), "a human annotation has no confidence");
		assertEquals(1200.0, ((BoundingBox) copy.getAnnotations().get(1)).area());
		assertEquals(6.0, ((Polygon) copy.getAnnotations().get(2)).area());
	}

	@Test
	void polygonAreaIsThatOfTheEnclosedShapeWhateverTheWinding() {
		assertEquals(12.0, polygon(0, 0, 4, 0, 4, 3, 0, 3).area());
		assertEquals(12.0, polygon(0, 3, 4, 3, 4, 0, 0, 0).area(), "clockwise gives the same area");
		assertEquals(0.0, polygon(0, 0, 1, 1, 2, 2).area(), "collinear vertices enclose nothing");
	}

	@Test
	void mlRunKeepsItsMetrics() {
		MlRun run = F.createMlRun();
		run.setKind(MlRunKind.VALIDATION);
		var metric = F.createMetric();
		metric.setName("threshold");
		metric.setLabelClass("cod");
		metric.setValue(0.83);
		run.getMetrics().add(metric);
		MlRun copy = ModelXml.fromXml(ModelXml.toXml(run), MlRun.class);
		assertEquals("cod", copy.getMetrics().get(0).getLabelClass());
		assertEquals(0.83, copy.getMetrics().get(0).getValue());
	}

	@Test
	void readingTheWrongDocumentTypeIsRefused() {
		String xml = ModelXml.toXml(F.createSubmission());
		assertThrows(IllegalArgumentException.class, () -> ModelXml.fromXml(xml, Project.class));
		assertThrows(IllegalArgumentException.class, () -> ModelXml.fromXml("not xml", Project.class));
		assertFalse(F.createInstructions().isLink());
	}

	private static Polygon polygon(double... xy) {
		Polygon polygon = F.createPolygon();
		polygon.setClassName("cod");
		for (int i = 0; i < xy.length; i += 2) {
			Point point = F.createPoint();
			point.setX(xy[i]);
			point.setY(xy[i + 1]);
			polygon.getPoints().add(point);
		}
		return polygon;
	}
}
