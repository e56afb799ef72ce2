package org.labelbench.store;

/**
 * Someone else changed a project's settings after this copy was read: the change is refused rather than overwriting
 * theirs. Read the project again and repeat the change.
 */
public class ConcurrentChangeException extends StoreException {

	private static final long serialVersionUID = 1L;

	public ConcurrentChangeException(String message) {
		super(message);
	}
}
