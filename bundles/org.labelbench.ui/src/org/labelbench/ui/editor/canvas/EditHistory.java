package org.labelbench.ui.editor.canvas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The edits of a task, to undo and redo. Each state is whole and immutable (a record of the task's shapes and
 * selection), so that undo and redo only swap states. An edit that takes several events, such as a drag, shows its
 * intermediate states with {@link #replace(Object)} and becomes one edit with {@link #commit(Object)}.
 *
 * @param <T> the editor's state
 */
public final class EditHistory<T> {

	/** the edits kept to undo: enough for a task, and bounded for tasks of thousands of shapes */
	private static final int LIMIT = 500;

	private final Deque<T> undone = new ArrayDeque<>();
	private final Deque<T> redone = new ArrayDeque<>();
	private T current;

	public EditHistory(T initial) {
		current = Objects.requireNonNull(initial);
	}

	/** @return the state shown */
	public T current() {
		return current;
	}

	/** Records an edit: the state before it can be restored with {@link #undo()}. */
	public void push(T next) {
		commit(current, next);
	}

	/** Shows a state without recording an edit: an edit under way, or a change of selection. */
	public void replace(T next) {
		current = Objects.requireNonNull(next);
	}

	/**
	 * Ends an edit under way that started from {@code before}: it becomes one edit, unless nothing changed.
	 *
	 * @return whether an edit was recorded
	 */
	public boolean commit(T before) {
		if (before.equals(current)) {
			return false;
		}
		commit(before, current);
		return true;
	}

	private void commit(T before, T next) {
		undone.push(before);
		if (undone.size() > LIMIT) {
			undone.removeLast();
		}
		redone.clear();
		current = Objects.requireNonNull(next);
	}

	/** @return whether there was an edit to take back */
	public boolean undo() {
		if (undone.isEmpty()) {
			return false;
		}
		redone.push(current);
		current = undone.pop();
		return true;
	}

	/** @return whether there was an edit taken back to do again */
	public boolean redo() {
		if (redone.isEmpty()) {
			return false;
		}
		undone.push(current);
		current = redone.pop();
		return true;
	}

	/** Starts again from a state, forgetting every edit: for a new task. */
	public void reset(T initial) {
		undone.clear();
		redone.clear();
		current = Objects.requireNonNull(initial);
	}
}
