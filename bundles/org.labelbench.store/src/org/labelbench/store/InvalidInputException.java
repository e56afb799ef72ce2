package org.labelbench.store;

/**
 * A request that cannot be carried out as given: an unknown project, type or class, a duplicate name, invalid
 * geometry, a project that is not running. The message names the offending value and says why.
 */
public class InvalidInputException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidInputException(String message) {
		super(message);
	}
}
