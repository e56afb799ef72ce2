package org.labelbench.ui.editor.bbox;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.ui.editor.canvas.ImageCanvas;
import org.labelbench.ui.editor.canvas.ShapeEditor;
import org.labelbench.ui.editor.canvas.ShapePainter;

/**
 * Object detection: boxes drawn on one image per task. A left drag on empty space draws a box of the class picked
 * last (the first class until one is picked), a click selects a box, a drag moves it and its handles resize it; keys
 * 1 to 9 pick the class of new boxes and of the selected one, the arrows nudge it, Delete deletes it, Esc drops the box
 * being drawn, and every edit can be undone and redone. Boxes stay inside the image, in the image's own pixels. Labels
 * kept as defaults and prelabels of the item show as boxes to correct; the status line says how many the model
 * predicted, which Enter accepts as they are.
 */
public final class BoundingBoxEditor extends ShapeEditor<Sketch> {

	private BoxTool tool;
	/** how many of the item's default boxes are an ML prelabel's (they carry a confidence) */
	private long predicted;

	public BoundingBoxEditor() {
		super(Sketch.EMPTY);
	}

	@Override
	protected ShapePainter painter() {
		return new BoxPainter(history()::current, () -> tool.draft(), this::className);
	}

	@Override
	protected Tool tool(ImageCanvas imageCanvas) {
		tool = new BoxTool(imageCanvas, history(), this::label, this::edited);
		return tool;
	}

	/** @return the item's default boxes of the project's classes, kept inside the image */
	@Override
	protected Sketch sketch(List<Annotation> defaults) {
		ImageCanvas canvas = canvas();
		predicted = defaults.stream().filter(a -> a.getConfidence() != null).count();
		List<Box> boxes = new ArrayList<>();
		for (Annotation annotation : defaults) {
			int index = site().classes().indexOf(annotation.getClassName());
			if (annotation instanceof BoundingBox box && index >= 0) {
				double x = canvas.clampX(box.getX());
				double y = canvas.clampY(box.getY());
				Box kept = new Box(index, x, y, canvas.clampX(box.getX() + box.getWidth()) - x,
						canvas.clampY(box.getY() + box.getHeight()) - y);
				if (kept.width() > 0 && kept.height() > 0) {
					boxes.add(kept);
				}
			}
		}
		return new Sketch(boxes, -1);
	}

	@Override
	protected List<Annotation> annotations(Sketch sketch) {
		List<Annotation> labels = new ArrayList<>();
		for (Box box : sketch.boxes()) {
			BoundingBox annotation = LabelbenchFactory.eINSTANCE.createBoundingBox();
			annotation.setClassName(site().classes().get(box.label()));
			annotation.setX(box.x());
			annotation.setY(box.y());
			annotation.setWidth(box.width());
			annotation.setHeight(box.height());
			labels.add(annotation);
		}
		return labels;
	}

	@Override
	protected int count(Sketch sketch) {
		return sketch.boxes().size();
	}

	@Override
	protected String statusPattern() {
		return predicted == 0 ? Messages.status
				: Messages.status + "   " + NLS.bind(Messages.predicted, predicted); //$NON-NLS-1$
	}

	@Override
	protected String noClasses() {
		return Messages.noClasses;
	}

	@Override
	protected boolean applyClass(int classIndex) {
		Box selected = history().current().selectedBox();
		return selected != null && selected.label() != classIndex
				&& edit(history().current().withSelected(selected.withLabel(classIndex)));
	}

	@Override
	protected boolean delete() {
		return history().current().selected() >= 0 && edit(history().current().removeSelected());
	}

	@Override
	protected boolean nudge(int dx, int dy) {
		Box selected = history().current().selectedBox();
		return selected != null && edit(history().current()
				.withSelected(selected.movedBy(dx, dy, canvas().imageWidth(), canvas().imageHeight())));
	}

	/** Clears the selection. */
	@Override
	protected boolean cancel() {
		if (history().current().selected() < 0) {
			return false;
		}
		select(history().current().select(-1));
		return true;
	}
}
