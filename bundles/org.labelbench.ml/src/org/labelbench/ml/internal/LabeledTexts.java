package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemStore;
import org.labelbench.store.LabeledItem;

/**
 * The human labels of a text classification project (single- or multi-label), read from a snapshot and split into a
 * training and a held-out slice by a seeded shuffle.
 */
record LabeledTexts(List<Example> training, List<Example> heldOut) {

	private static final Set<SubmissionSource> HUMAN = Set.of(SubmissionSource.HUMAN,
			SubmissionSource.PRELABEL_ACCEPTED, SubmissionSource.PRELABEL_CHANGED, SubmissionSource.IMPORTED);

	/** A text with its classes, indexes into the project's classes. */
	record Example(String text, int[] labels) {
	}

	static LabeledTexts read(ItemStore items, long projectId, List<String> classes, double heldOutShare, long seed) {
		List<Example> examples = new ArrayList<>();
		items.forEachLabeled(projectId, false, item -> example(item, classes).ifPresent(examples::add));
		Collections.shuffle(examples, new Random(seed));
		int heldOut = (int) Math.ceil(examples.size() * heldOutShare);
		return new LabeledTexts(List.copyOf(examples.subList(heldOut, examples.size())),
				List.copyOf(examples.subList(0, heldOut)));
	}

	private static Optional<Example> example(LabeledItem item, List<String> classes) {
		if (!HUMAN.contains(item.source()) || item.text() == null) {
			return Optional.empty();
		}
		List<Integer> labels = new ArrayList<>();
		for (Annotation annotation : item.submission().getAnnotations()) {
			int label = classes.indexOf(annotation.getClassName());
			if (!(annotation instanceof ClassLabel) || label < 0) {
				return Optional.empty();
			}
			labels.add(label);
		}
		return labels.isEmpty() ? Optional.empty()
				: Optional.of(new Example(item.text(), labels.stream().mapToInt(Integer::intValue).toArray()));
	}

	static List<String> texts(List<Example> examples) {
		return examples.stream().map(Example::text).toList();
	}

	/** @return one row of {@code classes} values per example, 1 for each of its classes */
	static float[] targets(List<Example> examples, int classes) {
		float[] targets = new float[examples.size() * classes];
		for (int i = 0; i < examples.size(); i++) {
			for (int label : examples.get(i).labels()) {
				targets[i * classes + label] = 1;
			}
		}
		return targets;
	}

	/** @return the first class of each example, for single-label projects */
	static int[] firstLabels(List<Example> examples) {
		return examples.stream().mapToInt(e -> e.labels()[0]).toArray();
	}
}
