package org.labelbench.ui.editor.polygon;

import java.util.ArrayList;
import java.util.List;

import org.labelbench.model.Annotation;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapeEditor;
import org.labelbench.ui.editor.canvas.ShapePainter;

/**
 * Instance segmentation: polygons drawn on one image per task. Clicks place vertices, a click on the first vertex or
 * the Close Polygon command closes the polygon; vertices of the selected polygon are dragged, a drag on an edge inserts
 * a vertex, a drag inside moves the polygon; keys 1 to 9 pick the class of new polygons and of the selected one,
 * Delete deletes the selected vertex (or the polygon, or while drawing the last vertex placed), Esc drops the polygon
 * being drawn, and every edit, each vertex placed included, can be undone and redone. Vertices stay inside the image,
 * in the image's own pixels; only closed polygons are submitted. Defaults and prelabels show as polygons to correct.
 */
public final class PolygonEditor extends ShapeEditor<Sketch> {

	/** the fewest vertices a polygon keeps when one is deleted */
	private static final int MIN_VERTICES = 3;

	private PolygonTool tool;

	public PolygonEditor() {
		super(Sketch.EMPTY);
	}

	@Override
	protected ShapePainter painter() {
		return new OutlinePainter(history()::current, () -> tool.pointer(), this::className, site().classes().size());
	}

	@Override
	protected Tool tool(ImageCanvas imageCanvas) {
		tool = new PolygonTool(imageCanvas, history(), this::label, this::edited);
		return tool;
	}

	/** @return the item's default polygons of the project's classes, their vertices kept inside the image */
	@Override
	protected Sketch sketch(List<Annotation> defaults) {
		ImageCanvas canvas = canvas();
		List<Outline> outlines = new ArrayList<>();
		for (Annotation annotation : defaults) {
			int index = site().classes().indexOf(annotation.getClassName());
			if (annotation instanceof Polygon polygon && index >= 0 && polygon.getPoints().size() >= MIN_VERTICES) {
				double[] xy = new double[2 * polygon.getPoints().size()];
				for (int i = 0; i < polygon.getPoints().size(); i++) {
					xy[2 * i] = canvas.clampX(polygon.getPoints().get(i).getX());
					xy[2 * i + 1] = canvas.clampY(polygon.getPoints().get(i).getY());
				}
				outlines.add(new Outline(index, xy));
			}
		}
		return new Sketch(outlines, -1, -1, null);
	}

	@Override
	protected List<Annotation> annotations(Sketch sketch) {
		List<Annotation> labels = new ArrayList<>();
		for (Outline outline : sketch.outlines()) {
			Polygon polygon = LabelbenchFactory.eINSTANCE.createPolygon();
			polygon.setClassName(site().classes().get(outline.label()));
			for (int i = 0; i < outline.size(); i++) {
				Point point = LabelbenchFactory.eINSTANCE.createPoint();
				point.setX(outline.x(i));
				point.setY(outline.y(i));
				polygon.getPoints().add(point);
			}
			labels.add(polygon);
		}
		return labels;
	}

	@Override
	protected int count(Sketch sketch) {
		return sketch.outlines().size();
	}

	@Override
	protected String statusPattern() {
		return Messages.status;
	}

	@Override
	protected String noClasses() {
		return Messages.noClasses;
	}

	@Override
	protected boolean runOwn(EditorAction action) {
		return action == EditorAction.CLOSE_SHAPE ? tool.close() : super.runOwn(action);
	}

	/** Drops the polygon being drawn (an edit: undo brings it back), else clears the selection. */
	@Override
	protected boolean cancel() {
		Sketch shown = history().current();
		if (shown.draft() != null) {
			return edit(shown.withDraft(null));
		}
		if (shown.selected() < 0) {
			return false;
		}
		select(shown.vertex() >= 0 ? shown.select(shown.selected(), -1) : shown.select(-1, -1));
		return true;
	}

	/** Deletes the last vertex placed of the polygon being drawn, else the selected vertex, else the polygon. */
	@Override
	protected boolean delete() {
		Sketch shown = history().current();
		Outline draft = shown.draft();
		if (draft != null) {
			return edit(shown.withDraft(draft.size() > 1 ? draft.without(draft.size() - 1) : null));
		}
		Outline selected = shown.selectedOutline();
		if (selected == null) {
			return false;
		}
		if (shown.vertex() < 0) {
			return edit(shown.removeSelected());
		}
		Outline fewer = selected.without(shown.vertex());
		return fewer.size() >= MIN_VERTICES && fewer.area() > 0 && edit(shown.withSelected(fewer, -1));
	}

	/** Gives the class to the polygon being drawn, or else to the selected polygon. */
	@Override
	protected boolean applyClass(int classIndex) {
		Sketch shown = history().current();
		if (shown.draft() != null && shown.draft().label() != classIndex) {
			return edit(shown.withDraft(shown.draft().withLabel(classIndex)));
		}
		Outline selected = shown.selectedOutline();
		return selected != null && selected.label() != classIndex
				&& edit(shown.withSelected(selected.withLabel(classIndex), shown.vertex()));
	}

	/** Moves the selected vertex, or the selected polygon when no vertex is selected. */
	@Override
	protected boolean nudge(int dx, int dy) {
		Sketch shown = history().current();
		Outline selected = shown.selectedOutline();
		if (selected == null) {
			return false;
		}
		int v = shown.vertex();
		ImageCanvas canvas = canvas();
		Outline moved = v >= 0
				? selected.withVertex(v, canvas.clampX(selected.x(v) + dx), canvas.clampY(selected.y(v) + dy))
				: selected.movedBy(dx, dy, canvas.imageWidth(), canvas.imageHeight());
		return moved.area() > 0 && edit(shown.withSelected(moved, v));
	}
}
