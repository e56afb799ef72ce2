package org.labelbench.ui.editor.canvas;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.labelbench.model.Annotation;
import org.labelbench.ui.editor.EditorAction;
import org.labelbench.ui.editor.EditorSite;
import org.labelbench.ui.editor.LabelingTask;
import org.labelbench.ui.editor.TaskEditor;
import org.labelbench.ui.editor.TaskItem;

/**
 * What the editors of shapes drawn on one image per task have in common: the image canvas with its zoom and pan, a
 * status line, the history of sketches for undo and redo, the class picked for new shapes, and the keys (classes 1 to
 * 9, undo, redo, Delete, Esc, the nudging arrows). A sketch is an immutable value of the editor's own: its shapes and
 * what is selected. The subclass says how a sketch is made of an item's default annotations and turned back into
 * annotations, and what picking a class, deleting and nudging do to it.
 *
 * @param <S> the editor's sketch type
 */
public abstract class ShapeEditor<S> implements TaskEditor {

	/** the distance of a nudge and of a big nudge, in image pixels */
	private static final int NUDGE = 1;
	private static final int BIG_NUDGE = 10;

	/** What draws shapes with the mouse: it can be busy with a drag, and Esc cancels what it is doing. */
	public interface Tool {
		/** @return whether a mouse edit is under way, which ends with the mouse or Esc */
		boolean busy();

		/** @return whether there was an edit under way, now dropped */
		boolean cancel();
	}

	private final S empty;
	private final EditHistory<S> history;
	private EditorSite site;
	private ImageCanvas canvas;
	private Label status;
	private Tool tool;
	private int label;

	/** @param empty the sketch of no shapes, shown before the first task */
	protected ShapeEditor(S empty) {
		this.empty = empty;
		history = new EditHistory<>(empty);
	}

	/** @return the painter of the editor's shapes, which reads the sketch from {@link #history()} as it paints */
	protected abstract ShapePainter painter();

	/** @return the tool that draws and edits shapes on the canvas, calling {@link #edited()} after each edit */
	protected abstract Tool tool(ImageCanvas imageCanvas);

	/** @return the sketch of an item's default annotations of the project's classes, kept inside the image */
	protected abstract S sketch(List<Annotation> defaults);

	/** @return the annotations of a sketch's shapes, for submitting */
	protected abstract List<Annotation> annotations(S sketch);

	/** @return how many shapes a sketch has, for the status line */
	protected abstract int count(S sketch);

	/** @return the status line's pattern: {0} the number of shapes, {1} the class of new shapes */
	protected abstract String statusPattern();

	/** @return what the status line says for the class of new shapes when the project has no classes */
	protected abstract String noClasses();

	/** Gives the class (0 for the first) to the selected shape; @return whether that was an edit */
	protected abstract boolean applyClass(int classIndex);

	/** Deletes what is selected; @return whether anything was */
	protected abstract boolean delete();

	/** Moves what is selected by image pixels; @return whether anything moved */
	protected abstract boolean nudge(int dx, int dy);

	/** Esc with no mouse edit under way: drops a selection, say; @return whether anything changed */
	protected abstract boolean cancel();

	/** Runs an action only this editor has (Close Polygon, say); @return whether it applied */
	protected boolean runOwn(EditorAction action) {
		return canvas.run(action);
	}

	@Override
	public void createControl(Composite parent, EditorSite editorSite) {
		this.site = editorSite;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		body.setLayout(layout);
		canvas = new ImageCanvas(body, painter());
		canvas.control().getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		tool = tool(canvas);
		canvas.control().setData(TaskEditor.class.getName(), this); // for tests that find widgets, not editors
	}

	@Override
	public void show(LabelingTask task) {
		tool.cancel();
		TaskItem item = task.items().isEmpty() ? null : task.items().get(0);
		canvas.show(item == null ? null : item.picture(),
				item == null || item.problem() == null ? "" : item.item().location() + ": " + item.problem()); //$NON-NLS-1$ //$NON-NLS-2$
		history.reset(sketch(item == null ? List.of() : item.defaults()));
		canvas.shapesChanged();
		describe();
	}

	@Override
	public List<List<Annotation>> labels() {
		return List.of(annotations(history.current()));
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
		case NUDGE_LEFT -> nudge(-NUDGE, 0);
		case NUDGE_RIGHT -> nudge(NUDGE, 0);
		case NUDGE_UP -> nudge(0, -NUDGE);
		case NUDGE_DOWN -> nudge(0, NUDGE);
		case NUDGE_LEFT_BIG -> nudge(-BIG_NUDGE, 0);
		case NUDGE_RIGHT_BIG -> nudge(BIG_NUDGE, 0);
		case NUDGE_UP_BIG -> nudge(0, -BIG_NUDGE);
		case NUDGE_DOWN_BIG -> nudge(0, BIG_NUDGE);
		default -> runOwn(action);
		};
	}

	/** Picks the class of new shapes and gives it to the selected shape, if any. */
	private boolean pick(int number) {
		if (number < 1 || number > site.classes().size()) {
			return false;
		}
		label = number - 1;
		if (!applyClass(label)) {
			describe();
		}
		return true;
	}

	/** Makes a sketch the current one, as an edit that can be undone. @return true */
	protected final boolean edit(S next) {
		history.push(next);
		return changed(true);
	}

	/** Shows another selection, which is no edit: undo skips it. */
	protected final void select(S next) {
		history.replace(next);
		canvas.shapesChanged();
	}

	private boolean changed(boolean changed) {
		if (changed) {
			canvas.shapesChanged();
			edited();
		}
		return changed;
	}

	/** Tells the view and the status line that the labels changed; the tool calls it after its edits. */
	protected final void edited() {
		site.labelsChanged();
		describe();
	}

	private void describe() {
		String text = NLS.bind(statusPattern(), count(history.current()), className(label));
		if (!status.isDisposed() && !text.equals(status.getText())) {
			status.setText(text);
		}
	}

	/** @return the name of a class by index, or what the status line says when the project has none */
	protected final String className(int index) {
		return index < site.classes().size() ? site.classes().get(index) : noClasses();
	}

	/** @return the class of new shapes, 0 for the first */
	protected final int label() {
		return label;
	}

	/** @return the history of sketches, whose current one is shown */
	protected final EditHistory<S> history() {
		return history;
	}

	protected final EditorSite site() {
		return site;
	}

	/** @return the image canvas, for the subclass and tests */
	protected final ImageCanvas canvas() {
		return canvas;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		history.reset(empty);
	}
}
