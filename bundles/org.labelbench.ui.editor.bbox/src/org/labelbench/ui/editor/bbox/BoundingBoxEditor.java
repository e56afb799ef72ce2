package org.labelbench.ui.editor.bbox;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.model.Annotation;
import org.labelbench.model.BoundingBox;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;
import org.labelbench.ui.editor.canvas.EditHistory;
import org.labelbench.ui.editor.canvas.ImageCanvas;

/**
 * Object detection: boxes drawn on one image per task. A left drag on empty space draws a box of the class picked
 * last (the first class until one is picked), a click selects a box, a drag moves it and its handles resize it; keys
 * 1 to 9 pick the class of new boxes and of the selected one, the arrows nudge it, Delete deletes it, Esc drops the box
 * being drawn, and every edit can be undone and redone. Boxes stay inside the image, in the image's own pixels. Labels
 * kept as defaults and prelabels of the item show as boxes to correct; the status line says how many the model
 * predicted, which Enter accepts as they are.
 */
public final class BoundingBoxEditor implements TaskEditor {

	/** the distance of a nudge and of a big nudge, in image pixels */
	private static final int NUDGE = 1;
	private static final int BIG_NUDGE = 10;

	private EditorSite site;
	private ImageCanvas canvas;
	private Label status;
	private BoxTool tool;
	private final EditHistory<Sketch> history = new EditHistory<>(Sketch.EMPTY);
	private int label;
	/** how many of the item's default boxes are an ML prelabel's (they carry a confidence) */
	private long predicted;

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		canvas = new ImageCanvas(body, new BoxPainter(history::current, () -> tool.draft(), this::className));
		canvas.control().getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tool = new BoxTool(canvas, history, () -> label, this::edited);
		canvas.control().setData(TaskEditor.class.getName(), this); // for tests that find widgets, not editors
	}

	@Override
	public void show(LabelingTask task) {
		tool.cancel();
		TaskItem item = task.items().isEmpty() ? null : task.items().get(0);
		canvas.show(item == null ? null : item.picture(),
				item == null || item.problem() == null ? "" : item.item().location() + ": " + item.problem()); //$NON-NLS-1$ //$NON-NLS-2$
		history.reset(new Sketch(item == null ? List.of() : boxes(item.defaults()), -1));
		predicted = item == null ? 0 : item.defaults().stream().filter(a -> a.getConfidence() != null).count();
		canvas.shapesChanged();
		describe();
	}

	/** @return the item's default boxes of the project's classes, kept inside the image */
	private List<Box> boxes(List<Annotation> defaults) {
		List<Box> boxes = new ArrayList<>();
		for (Annotation annotation : defaults) {
			int index = site.classes().indexOf(annotation.getClassName());
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
		return boxes;
	}

	@Override
	public List<List<Annotation>> labels() {
		List<Annotation> labels = new ArrayList<>();
		for (Box box : history.current().boxes()) {
			BoundingBox annotation = LabelbenchFactory.eINSTANCE.createBoundingBox();
			annotation.setClassName(site.classes().get(box.label()));
			annotation.setX(box.x());
			annotation.setY(box.y());
			annotation.setWidth(box.width());
			annotation.setHeight(box.height());
			labels.add(annotation);
		}
		return List.of(labels);
	}

	@Override
	public boolean run(EditorAction action, int argument) {
		if (canvas.picture() == null) {
			return false;
		}
		if (action == EditorAction.CANCEL) {
			return tool.cancel() || select(-1);
		}
		if (tool.busy()) {
			return false; // an edit under way ends with the mouse, or Esc
		}
		return switch (action) {
		case PICK_CLASS -> pick(argument);
		case UNDO -> changed(history.undo());
		case REDO -> changed(history.redo());
		case DELETE -> history.current().selected() >= 0 && edit(history.current().removeSelected());
		case NUDGE_LEFT -> nudge(-NUDGE, 0);
		case NUDGE_RIGHT -> nudge(NUDGE, 0);
		case NUDGE_UP -> nudge(0, -NUDGE);
		case NUDGE_DOWN -> nudge(0, NUDGE);
		case NUDGE_LEFT_BIG -> nudge(-BIG_NUDGE, 0);
		case NUDGE_RIGHT_BIG -> nudge(BIG_NUDGE, 0);
		case NUDGE_UP_BIG -> nudge(0, -BIG_NUDGE);
		case NUDGE_DOWN_BIG -> nudge(0, BIG_NUDGE);
		default -> canvas.run(action);
		};
	}

	/** Picks the class of new boxes and, when a box is selected, gives it the class. */
	private boolean pick(int number) {
		if (number < 1 || number > site.classes().size()) {
			return false;
		}
		label = number - 1;
		Box selected = history.current().selectedBox();
		if (selected != null && selected.label() != label) {
			return edit(history.current().withSelected(selected.withLabel(label)));
		}
		describe();
		return true;
	}

	private boolean nudge(int dx, int dy) {
		Box selected = history.current().selectedBox();
		return selected != null && edit(history.current()
				.withSelected(selected.movedBy(dx, dy, canvas.imageWidth(), canvas.imageHeight())));
	}

	private boolean select(int index) {
		if (history.current().selected() == index) {
			return false;
		}
		history.replace(history.current().select(index));
		canvas.shapesChanged();
		return true;
	}

	private boolean edit(Sketch next) {
		history.push(next);
		return changed(true);
	}

	private boolean changed(boolean changed) {
		if (changed) {
			canvas.shapesChanged();
			edited();
		}
		return changed;
	}

	private void edited() {
		site.labelsChanged();
		describe();
	}

	private void describe() {
		String text = NLS.bind(Messages.status, history.current().boxes().size(), className(label));
		if (predicted > 0) {
			text = NLS.bind(Messages.predicted, text, predicted);
		}
		if (!status.isDisposed() && !text.equals(status.getText())) {
			status.setText(text);
		}
	}

	private String className(int index) {
		return index < site.classes().size() ? site.classes().get(index) : Messages.noClasses;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		history.reset(Sketch.EMPTY);
	}

	/** @return the image canvas, for tests */
	ImageCanvas canvas() {
		return canvas;
	}
}
