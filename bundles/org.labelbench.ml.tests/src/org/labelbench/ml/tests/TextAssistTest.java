package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labelbench.core.ProjectSpec;
import org.labelbench.core.Workspace;
import org.labelbench.core.WorkspaceService;
import org.labelbench.ml.MlAssist;
import org.labelbench.ml.MlAssist.Prediction;
import org.labelbench.model.Annotation;
import org.labelbench.model.MlRun;
import org.labelbench.model.MlRunKind;
import org.labelbench.model.MlRunStatus;
import org.labelbench.model.Submission;
import org.labelbench.store.ItemRecord;
import org.labelbench.store.StoreLocation;
import org.labelbench.testsupport.Annotations;
import org.labelbench.testsupport.OsgiServices;
import org.labelbench.testsupport.SyntheticTexts;

/**
 * ML assistance for text projects in OSGi with DJL on the CPU: 300 labeled synthetic documents train a text
 * classifier on hashed n-grams, and 1,000 documents nobody labeled are predicted, prelabeled and grouped.
 */
class TextAssistTest {

	static final int LABELED = 300;
	static final int UNLABELED = 1000;

	@TempDir
	Path temp;

	@Test
	void singleLabelTextsArePrelabeledPreciselyAndGroupedByTopic() throws Exception {
		try (Corpus corpus = new Corpus(temp, "topics", "text-multiclass", false)) {
			MlAssist.Training training = corpus.assist.train(corpus.workspace, "topics", new NullProgressMonitor());
			MlAssist.Prelabeling prelabeling = corpus.assist.prelabel(corpus.workspace, "topics",
					new NullProgressMonitor());
			List<Prediction> predictions = corpus.assist.classify(corpus.workspace, "topics", corpus.unlabeled(),
					new NullProgressMonitor());
			long right = predictions.stream()
					.filter(p -> List.of(p.className()).equals(corpus.truth(p.item()))).count();
			double accuracy = (double) right / predictions.size();
			double[] prelabels = corpus.prelabels();
			MlAssist.Clustering clustering = corpus.assist.cluster(corpus.workspace, "topics",
					new NullProgressMonitor());
			double purity = ClusteredTasksTest.TaskPurity.of(ClusteredTasksTest.claimAll(corpus.workspace, "topics"),
					item -> corpus.truth(item).get(0));
			System.out.printf(Locale.ROOT, "ML texts: held-out accuracy %.3f (validation %.3f), thresholds %s;"
					+ " prelabels precision %.3f, coverage %.3f; %d groups, purity of tasks of 9 %.3f%n", accuracy,
					training.accuracy(), training.thresholds(), prelabels[0], prelabels[1], clustering.clusters(),
					purity);
			assertEquals(UNLABELED, predictions.size());
			assertEquals(UNLABELED, prelabeling.predicted());
			assertTrue(accuracy >= 0.8, "accuracy " + accuracy);
			assertTrue(prelabels[0] >= 0.95, "precision " + prelabels[0]);
			assertTrue(prelabels[1] >= 0.5, "coverage " + prelabels[1]);
			assertTrue(purity >= 0.8, "purity " + purity);
			List<MlRun> runs = corpus.workspace.projects().mlRuns("topics");
			assertEquals(List.of(MlRunKind.FEATURIZATION, MlRunKind.INFERENCE, MlRunKind.VALIDATION,
					MlRunKind.TRAINING), runs.stream().map(MlRun::getKind).toList());
			runs.forEach(run -> assertEquals(MlRunStatus.SUCCEEDED, run.getStatus(), run.getMessage()));
		}
	}

	@Test
	void multiLabelTextsArePrelabeledWithTheirSetOfTopics() throws Exception {
		try (Corpus corpus = new Corpus(temp, "mixed", "text-multilabel", true)) {
			long started = System.nanoTime();
			MlAssist.Training training = corpus.assist.train(corpus.workspace, "mixed", new NullProgressMonitor());
			double seconds = (System.nanoTime() - started) / 1e9;
			corpus.assist.prelabel(corpus.workspace, "mixed", new NullProgressMonitor());
			double[] prelabels = corpus.prelabels();
			System.out.printf(Locale.ROOT, "ML multi-label texts: validation exact-set accuracy %.3f on %d texts"
					+ " (each predicted by a classifier that did not see it), confidence %s; prelabels of the %d"
					+ " unlabeled texts exactly right %.3f, coverage %.3f; training and calibration %.1f s%n",
					training.accuracy(), training.validated(), training.thresholds(), UNLABELED, prelabels[0],
					prelabels[1], seconds);
			assertEquals(LABELED, training.validated(), "every labeled text validates the sets");
			assertTrue(prelabels[0] >= 0.95, "precision " + prelabels[0]);
			assertTrue(prelabels[1] >= 0.5, "coverage " + prelabels[1]);
		}
	}

	/** A text project on a generated corpus whose first 300 documents a labeler labeled. */
	private static final class Corpus implements AutoCloseable {
		final Workspace workspace;
		final MlAssist assist = OsgiServices.get(MlAssist.class);
		final String project;
		final long projectId;
		private final Map<String, List<String>> byLocation = new HashMap<>();
		private final List<String> unlabeled = new ArrayList<>();

		Corpus(Path temp, String project, String taskType, boolean multiLabel) throws Exception {
			Map<String, List<String>> documents = SyntheticTexts.generate(LABELED + UNLABELED, multiLabel, 31);
			Path csv = temp.resolve(project + ".csv");
			SyntheticTexts.writeCsv(csv, documents.keySet());
			this.project = project;
			workspace = OsgiServices.get(WorkspaceService.class).open(StoreLocation.workspace(temp.resolve("ws")));
			projectId = workspace.projects().create(new ProjectSpec(project, taskType, csv, null, "text",
					SyntheticTexts.CLASSES, null, null, null), new NullProgressMonitor()).status().id();
			List<ItemRecord> items = workspace.store().items().page(projectId, 0, LABELED + UNLABELED + 1);
			for (ItemRecord item : items) {
				String text = workspace.store().items().text(projectId, item.id()).orElseThrow();
				byLocation.put(item.location(), documents.get(text));
			}
			for (ItemRecord item : items.subList(0, LABELED)) {
				List<Annotation> labels = new ArrayList<>();
				truth(item.location()).forEach(c -> labels.add(Annotations.label(c)));
				workspace.labeling().submit(project, item.location(), labels, "ana");
			}
			items.subList(LABELED, items.size()).forEach(item -> unlabeled.add(item.location()));
		}

		List<String> truth(String location) {
			return byLocation.get(location);
		}

		List<String> unlabeled() {
			return unlabeled;
		}

		/** @return the share of prelabels whose classes are exactly right, and the share of items prelabeled */
		double[] prelabels() {
			int prelabeled = 0;
			int right = 0;
			for (String location : unlabeled) {
				long id = workspace.store().items().findByLocation(projectId, location).orElseThrow().id();
				Optional<Submission> shown = workspace.store().items().defaultSubmission(projectId, id);
				if (shown.isPresent()) {
					prelabeled++;
					List<String> classes = shown.get().getAnnotations().stream().map(Annotation::getClassName)
							.sorted().toList();
					right += classes.equals(truth(location).stream().sorted().toList()) ? 1 : 0;
				}
			}
			return new double[] { (double) right / Math.max(1, prelabeled), (double) prelabeled / unlabeled.size() };
		}

		@Override
		public void close() {
			workspace.close();
		}
	}
}
