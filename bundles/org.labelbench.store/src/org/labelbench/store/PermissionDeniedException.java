package org.labelbench.store;

/**
 * A user asked for something their role does not allow: a labeler exporting, a non-member claiming. The message names
 * the user, the action and the project. A kind of bad input: the request is refused and nothing changes.
 */
public class PermissionDeniedException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	public PermissionDeniedException(String message) {
		super(message);
	}
}
