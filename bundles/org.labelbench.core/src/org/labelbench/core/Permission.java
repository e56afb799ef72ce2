package org.labelbench.core;

/**
 * What a user may do in a project. Administrators of the workspace may do everything; a project's members as their
 * role allows: a labeler labels, a reviewer reviews and rejects, both see the project; a project admin manages it.
 */
public enum Permission {
	/** see the project, its classes, instructions, items and progress */
	VIEW,
	/** claim, label and skip items */
	LABEL,
	/** list labeled items, reject labels, see the dashboard */
	REVIEW,
	/** change settings and classes, run, pause, refresh, verify, export, import, assign, manage members, delete */
	MANAGE
}
