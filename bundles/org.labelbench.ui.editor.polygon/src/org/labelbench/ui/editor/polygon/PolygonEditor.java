package org.labelbench.ui.editor.polygon;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.model.Annotation;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Point;
import org.labelbench.model.Polygon;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;
import org.labelbench.ui.editor.canvas.EditHistory;
import org.labelbench.ui.editor.canvas.ImageCanvas;

/**
 * Instance segmentation: polygons drawn on one image per task. Clicks place vertices, a click on the first vertex or
 * the Close Polygon command closes the polygon; vertices of the selected polygon are dragged, a drag on an edge inserts
 * a vertex, a drag inside moves the polygon; keys 1 to 9 pick the class of new polygons and of the selected one,
 * Delete deletes the selected vertex (or the polygon, or while drawing the last vertex placed), Esc drops the polygon
 * being drawn, and every edit, each vertex placed included, can be undone and redone. Vertices stay inside the image,
 * in the image's own pixels; only closed polygons are submitted. Defaults and prelabels show as polygons to correct.
 */
public final class PolygonEditor implements TaskEditor {

	/** the distance of a nudge and of a big nudge, in image pixels */
	private static final int NUDGE = 1;
	private static final int BIG_NUDGE = 10;
	/** the fewest vertices a polygon keeps when one is deleted */
	private static final int MIN_VERTICES = 3;

	private EditorSite site;
	private ImageCanvas canvas;
	private Label status;
	private PolygonTool tool;
	private final EditHistory<Sketch> history = new EditHistory<>(Sketch.EMPTY);
	private int label;

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		canvas = new ImageCanvas(body, new OutlinePainter(history::current, () -> tool.pointer(), this::className,
				site.classes().size()));
		canvas.control().getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tool = new PolygonTool(canvas, history, () -> label, this::edited);
		canvas.control().setData(TaskEditor.class.getName(), this); // for tests that find widgets, not editors
	}

	@Override
	public void show(LabelingTask task) {
		tool.cancel();
		TaskItem item = task.items().isEmpty() ? null : task.items().get(0);
		canvas.show(item == null ? null : item.picture(),
				item == null || item.problem() == null ? "" : item.item().location() + ": " + item.problem()); //$NON-NLS-1$ //$NON-NLS-2$
		history.reset(new Sketch(item == null ? List.of() : outlines(item.defaults()), -1, -1, null));
		canvas.shapesChanged();
		describe();
	}

	/** @return the item's default polygons of the project's classes, their vertices kept inside the image */
	private List<Outline> outlines(List<Annotation> defaults) {
		List<Outline> outlines = new ArrayList<>();
		for (Annotation annotation : defaults) {
			int index = site.classes().indexOf(annotation.getClassName());
			if (annotation instanceof Polygon polygon && index >= 0 && polygon.getPoints().size() >= MIN_VERTICES) {
				double[] xy = new double[2 * polygon.getPoints().size()];
				for (int i = 0; i < polygon.getPoints().size(); i++) {
					xy[2 * i] = canvas.clampX(polygon.getPoints().get(i).getX());
					xy[2 * i + 1] = canvas.clampY(polygon.getPoints().get(i).getY());
				}
				outlines.add(new Outline(index, xy));
			}
		}
		return outlines;
	}

	@Override
	public List<List<Annotation>> labels() {
		List<Annotation> labels = new ArrayList<>();
		for (Outline outline : history.current().outlines()) {
			Polygon polygon = LabelbenchFactory.eINSTANCE.createPolygon();
			polygon.setClassName(site.classes().get(outline.label()));
			for (int i = 0; i < outline.size(); i++) {
				Point point = LabelbenchFactory.eINSTANCE.createPoint();
				point.setX(outline.x(i));
				point.setY(outline.y(i));
				polygon.getPoints().add(point);
			}
			labels.add(polygon);
		}
		return List.of(labels);
	}

	@Override
	public boolean run(EditorAction action, int argument) {
		if (canvas.picture() == null) {
			return false;
		}
		if (action == EditorAction.CANCEL) {
			return tool.cancel() || cancel();
		}
		if (tool.busy()) {
			return false; // an edit under way ends with the mouse, or Esc
		}
		return switch (action) {
		case PICK_CLASS -> pick(argument);
		case UNDO -> changed(history.undo());
		case REDO -> changed(history.redo());
		case DELETE -> delete();
		case CLOSE_SHAPE -> tool.close();
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

	/** Drops the polygon being drawn (an edit: undo brings it back), else clears the selection. */
	private boolean cancel() {
		Sketch shown = history.current();
		if (shown.draft() != null) {
			return edit(shown.withDraft(null));
		}
		if (shown.selected() < 0) {
			return false;
		}
		history.replace(shown.vertex() >= 0 ? shown.select(shown.selected(), -1) : shown.select(-1, -1));
		canvas.shapesChanged();
		return true;
	}

	/** Deletes the last vertex placed of the polygon being drawn, else the selected vertex, else the polygon. */
	private boolean delete() {
		Sketch shown = history.current();
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

	/** Picks the class of new polygons and gives it to the selected polygon, or to the one being drawn. */
	private boolean pick(int number) {
		if (number < 1 || number > site.classes().size()) {
			return false;
		}
		label = number - 1;
		Sketch shown = history.current();
		if (shown.draft() != null && shown.draft().label() != label) {
			return edit(shown.withDraft(shown.draft().withLabel(label)));
		}
		Outline selected = shown.selectedOutline();
		if (selected != null && selected.label() != label) {
			return edit(shown.withSelected(selected.withLabel(label), shown.vertex()));
		}
		describe();
		return true;
	}

	/** Moves the selected vertex, or the selected polygon when no vertex is selected. */
	private boolean nudge(int dx, int dy) {
		Sketch shown = history.current();
		Outline selected = shown.selectedOutline();
		if (selected == null) {
			return false;
		}
		int v = shown.vertex();
		Outline moved = v >= 0
				? selected.withVertex(v, canvas.clampX(selected.x(v) + dx), canvas.clampY(selected.y(v) + dy))
				: selected.movedBy(dx, dy, canvas.imageWidth(), canvas.imageHeight());
		return moved.area() > 0 && edit(shown.withSelected(moved, v));
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
		String text = NLS.bind(Messages.status, history.current().outlines().size(), className(label));
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
}
