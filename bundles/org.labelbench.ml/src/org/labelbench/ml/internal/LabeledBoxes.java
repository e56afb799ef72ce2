package org.labelbench.ml.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.labelbench.ml.Detection;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.store.ItemStore;
import org.labelbench.store.LabeledItem;

/**
 * The human boxes of an object detection project, image by image, read from a snapshot and split into a training and
 * a held-out slice by a seeded shuffle, as {@link LabeledImages} splits class labels. An image labeled with no box is
 * kept: it shows the detector what is not an object.
 */
record LabeledBoxes(List<Example> training, List<Example> heldOut) {

	/** A box in the image's pixels; {@code label} indexes the project's classes. */
	record PixelBox(int label, double x, double y, double width, double height) {
	}

	/** A labeled image with its boxes. */
	record Example(String location, List<PixelBox> boxes) {

		/** @return the boxes in fractions of an image of the given size */
		List<Detection> detections(int width, int height) {
			return boxes.stream().map(b -> new Detection(b.label(), 1, b.x() / width, b.y() / height,
					b.width() / width, b.height() / height)).toList();
		}
	}

	static LabeledBoxes read(ItemStore items, long projectId, List<String> classes, double heldOutShare, long seed) {
		List<Example> examples = new ArrayList<>();
		items.forEachLabeled(projectId, false, item -> {
			if (LabeledImages.HUMAN.contains(item.source())) {
				examples.add(example(item, classes));
			}
		});
		Collections.shuffle(examples, new Random(seed));
		int heldOut = (int) Math.ceil(examples.size() * heldOutShare);
		return new LabeledBoxes(List.copyOf(examples.subList(heldOut, examples.size())),
				List.copyOf(examples.subList(0, heldOut)));
	}

	private static Example example(LabeledItem item, List<String> classes) {
		List<PixelBox> boxes = new ArrayList<>();
		for (Annotation annotation : item.submission().getAnnotations()) {
			int label = classes.indexOf(annotation.getClassName());
			if (annotation instanceof BoundingBox box && label >= 0) {
				boxes.add(new PixelBox(label, box.getX(), box.getY(), box.getWidth(), box.getHeight()));
			}
		}
		return new Example(item.location(), List.copyOf(boxes));
	}

	/** @return how many boxes the examples have */
	static int boxes(List<Example> examples) {
		return examples.stream().mapToInt(e -> e.boxes().size()).sum();
	}
}
