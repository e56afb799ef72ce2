package org.labelbench.ui.editor;

/** What a labeler asks an editor to do, through a command and its key. */
public enum EditorAction {
	/** pick, or toggle in multi-label tasks, the class with the given number on the selected item or shape */
	PICK_CLASS,
	/** take back the last edit */
	UNDO,
	/** do again what was taken back */
	REDO,
	/** delete the selected shape */
	DELETE,
	/** stop what is under way, such as a box being drawn */
	CANCEL,
	/** select every item of the task, or every shape */
	SELECT_ALL
}
