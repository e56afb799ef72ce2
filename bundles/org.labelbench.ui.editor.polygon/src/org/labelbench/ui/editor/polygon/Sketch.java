package org.labelbench.ui.editor.polygon;

import java.util.ArrayList;
import java.util.List;

/**
 * The polygons of the item shown, the selection and the polygon being drawn: one state of the editor's undo history,
 * so that undo takes back vertices placed one by one as well as edits of closed polygons.
 *
 * @param selected the index of the selected polygon, or -1
 * @param vertex the index of the selected vertex of the selected polygon, or -1
 * @param draft the polygon being drawn, not yet closed, or null
 */
record Sketch(List<Outline> outlines, int selected, int vertex, Outline draft) {

	static final Sketch EMPTY = new Sketch(List.of(), -1, -1, null);

	Sketch {
		outlines = List.copyOf(outlines);
	}

	Outline selectedOutline() {
		return selected >= 0 ? outlines.get(selected) : null;
	}

	Sketch select(int index, int vertexIndex) {
		return new Sketch(outlines, index, vertexIndex, draft);
	}

	Sketch withDraft(Outline next) {
		return new Sketch(outlines, next == null ? selected : -1, -1, next);
	}

	/** @return the sketch with the selected polygon replaced and a vertex of it selected */
	Sketch withSelected(Outline outline, int vertexIndex) {
		List<Outline> changed = new ArrayList<>(outlines);
		changed.set(selected, outline);
		return new Sketch(changed, selected, vertexIndex, draft);
	}

	/** @return the sketch with the draft closed into a polygon, selected */
	Sketch close() {
		List<Outline> changed = new ArrayList<>(outlines);
		changed.add(draft);
		return new Sketch(changed, changed.size() - 1, -1, null);
	}

	Sketch removeSelected() {
		List<Outline> changed = new ArrayList<>(outlines);
		changed.remove(selected);
		return new Sketch(changed, -1, -1, draft);
	}

	/** @return the index of the polygon around a point: the selected one first, then the last drawn; -1 when none */
	int outlineAt(double x, double y) {
		if (selected >= 0 && outlines.get(selected).contains(x, y)) {
			return selected;
		}
		for (int i = outlines.size() - 1; i >= 0; i--) {
			if (outlines.get(i).contains(x, y)) {
				return i;
			}
		}
		return -1;
	}
}
