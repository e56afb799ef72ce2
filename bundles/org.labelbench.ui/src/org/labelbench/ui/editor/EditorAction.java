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
	SELECT_ALL,
	/** show the picture larger */
	ZOOM_IN,
	/** show the picture smaller */
	ZOOM_OUT,
	/** show the whole picture in the window */
	ZOOM_FIT,
	/** move the selected shape one pixel left */
	NUDGE_LEFT,
	/** move the selected shape one pixel right */
	NUDGE_RIGHT,
	/** move the selected shape one pixel up */
	NUDGE_UP,
	/** move the selected shape one pixel down */
	NUDGE_DOWN,
	/** move the selected shape ten pixels left */
	NUDGE_LEFT_BIG,
	/** move the selected shape ten pixels right */
	NUDGE_RIGHT_BIG,
	/** move the selected shape ten pixels up */
	NUDGE_UP_BIG,
	/** move the selected shape ten pixels down */
	NUDGE_DOWN_BIG,
	/** finish the shape being drawn, such as a polygon */
	CLOSE_SHAPE,
	/** show the next frame of a multi-frame picture */
	FRAME_NEXT,
	/** show the previous frame of a multi-frame picture */
	FRAME_PREVIOUS
}
