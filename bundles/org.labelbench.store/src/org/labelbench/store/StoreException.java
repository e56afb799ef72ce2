package org.labelbench.store;

/**
 * The database could not do what was asked for reasons outside the request: it is locked, unreachable, full, or was
 * written by a newer Labelbench. Nothing that was committed before is lost.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	public StoreException(String message) {
		super(message);
	}
}
