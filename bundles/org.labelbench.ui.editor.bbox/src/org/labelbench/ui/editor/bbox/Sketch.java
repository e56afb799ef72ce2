package org.labelbench.ui.editor.bbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The boxes of the item shown and the selected one: one state of the editor's undo history.
 *
 * @param selected the index of the selected box, or -1
 */
record Sketch(List<Box> boxes, int selected) {

	static final Sketch EMPTY = new Sketch(List.of(), -1);

	Sketch {
		boxes = List.copyOf(boxes);
	}

	Box selectedBox() {
		return selected >= 0 ? boxes.get(selected) : null;
	}

	Sketch select(int index) {
		return new Sketch(boxes, index);
	}

	/** @return the sketch with the selected box replaced */
	Sketch withSelected(Box box) {
		List<Box> changed = new ArrayList<>(boxes);
		changed.set(selected, box);
		return new Sketch(changed, selected);
	}

	/** @return the sketch with a box added and selected */
	Sketch add(Box box) {
		List<Box> changed = new ArrayList<>(boxes);
		changed.add(box);
		return new Sketch(changed, changed.size() - 1);
	}

	Sketch removeSelected() {
		List<Box> changed = new ArrayList<>(boxes);
		changed.remove(selected);
		return new Sketch(changed, -1);
	}

	/** @return the index of the box at a point: the selected one first, then the last drawn; -1 when none */
	int boxAt(double x, double y) {
		if (selected >= 0 && boxes.get(selected).contains(x, y)) {
			return selected;
		}
		for (int i = boxes.size() - 1; i >= 0; i--) {
			if (boxes.get(i).contains(x, y)) {
				return i;
			}
		}
		return -1;
	}
}
