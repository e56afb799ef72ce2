package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.labelbench.model.Annotation;
import org.labelbench.model.ClassLabel;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemStore;
import org.labelbench.store.LabeledItem;

/**
 * The human labels of a single-class image project, read from a snapshot and split into a training and a held-out
 * slice by a seeded shuffle, so the same labels always split the same way.
 */
record LabeledImages(List<Example> training, List<Example> heldOut) {

	/** what the labelers decided: labels of people, also through a prelabel they accepted or changed, or imported */
	static final Set<SubmissionSource> HUMAN = Set.of(SubmissionSource.HUMAN,
			SubmissionSource.PRELABEL_ACCEPTED, SubmissionSource.PRELABEL_CHANGED, SubmissionSource.IMPORTED);

	/** An item with its class, an index into the project's classes. */
	record Example(String location, int label) {
	}

	static LabeledImages read(ItemStore items, long projectId, List<String> classes, double heldOutShare, long seed) {
		List<Example> examples = new ArrayList<>();
		items.forEachLabeled(projectId, false, item -> example(item, classes).ifPresent(examples::add));
		Collections.shuffle(examples, new Random(seed));
		int heldOut = (int) Math.ceil(examples.size() * heldOutShare);
		return new LabeledImages(List.copyOf(examples.subList(heldOut, examples.size())),
				List.copyOf(examples.subList(0, heldOut)));
	}

	private static java.util.Optional<Example> example(LabeledItem item, List<String> classes) {
		if (!HUMAN.contains(item.source()) || item.submission().getAnnotations().size() != 1) {
			return java.util.Optional.empty();
		}
		Annotation annotation = item.submission().getAnnotations().get(0);
		int label = classes.indexOf(annotation.getClassName());
		return annotation instanceof ClassLabel && label >= 0
				? java.util.Optional.of(new Example(item.location(), label))
				: java.util.Optional.empty();
	}

	int[] labels(List<Example> examples) {
		return examples.stream().mapToInt(Example::label).toArray();
	}
}
