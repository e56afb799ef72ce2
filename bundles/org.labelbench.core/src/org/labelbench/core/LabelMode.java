package org.labelbench.core;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.labelbench.store.InvalidInputException;

/** What happens to existing labels when classes are added to a project that has some. */
public enum LabelMode {
	/** start over: every label is removed and every item is back in the queue */
	RESTART_CLEAR("restart-clear"),
	/** start over: every item is back in the queue, its labels kept as defaults shown to labelers */
	RESTART_KEEP("restart-keep"),
	/** labels are kept; the new classes are available from now on */
	CONTINUE("continue");

	private final String id;

	LabelMode(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	/** @throws InvalidInputException naming the modes for an unknown one */
	public static LabelMode of(String id) {
		return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
				.orElseThrow(() -> new InvalidInputException("unknown mode '" + id + "' (known: "
						+ Arrays.stream(values()).map(LabelMode::id).collect(Collectors.joining(", ")) + ")"));
	}
}
