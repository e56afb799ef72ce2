package org.labelbench.ui.editor;

import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.labelbench.model.Annotation;

/**
 * The editor of one task type, contributed to the extension point {@code org.labelbench.ui.taskEditors} with the id
 * of the core task type it edits. The workbench's labeling view makes one per project being labeled: it claims the
 * tasks, loads their content off the UI thread, shows each task in the editor, and stores what the editor says on
 * submit. Every labeling action reaches the editor as an {@link EditorAction} from a command, so keys are the user's
 * to rebind. Methods are called on the UI thread.
 */
public interface TaskEditor {

	/** Creates the editor's controls. */
	void createControl(Composite parent, EditorSite site);

	/** Shows a new task, replacing the one shown; its items' content is loaded. */
	void show(LabelingTask task);

	/**
	 * Gets ready to show a task that is loaded and will most likely be shown next, while the labeler works on the shown
	 * one: an editor makes here what takes long to make on the UI thread when the task shows, such as SWT images of
	 * its pictures, and uses it if {@link #show} gets the same items. The view calls it once the shown task has
	 * painted; by default it does nothing.
	 */
	default void prepare(LabelingTask next) {
	}

	/**
	 * @return the labels of each item of the shown task, in the task's order, as the labeler made them; the workbench
	 *         validates them against the task type on submit
	 */
	List<List<Annotation>> labels();

	/**
	 * Runs a labeling action on the shown task.
	 *
	 * @param argument the class number (1 for the first) for {@link EditorAction#PICK_CLASS}, otherwise 0
	 * @return whether the action applied; an editor ignores the actions its task type has no use for
	 */
	boolean run(EditorAction action, int argument);

	/**
	 * @return how many items the next task should hold, e.g. the grid size the labeler picked (1, 4, 6 or 9 images);
	 *         the view asks before it claims each task
	 */
	default int taskSize() {
		return 1;
	}

	/**
	 * @return the size, in pixels, at which the editor shows the picture of each image item of a task of
	 *         {@code items} items; the view renders pictures to fit it (never larger than the image), so that they
	 *         paint without scaling, which costs far more than rendering them small in the background. The view asks
	 *         before it loads each task; by default 1600 pixels for one item and 800 for a grid.
	 */
	default Point pictureSize(int items) {
		return items <= 1 ? new Point(1600, 1600) : new Point(800, 800);
	}

	/** Gives the keyboard focus to the editor. */
	void setFocus();

	/** Releases what the editor made; its controls are disposed with their parent. */
	void dispose();
}
