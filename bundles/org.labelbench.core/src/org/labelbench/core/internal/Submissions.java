package org.labelbench.core.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.labelbench.core.SubmissionListener;
import org.labelbench.core.Workspace;
import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;

/** Tells the submission listeners of a workspace about a stored submission; one that fails does not stop the rest. */
final class Submissions {

	private final Workspace workspace;
	private final List<SubmissionListener> listeners;

	Submissions(Workspace workspace, List<SubmissionListener> listeners) {
		this.workspace = workspace;
		this.listeners = listeners;
	}

	void tell(String project, ItemRecord item, SubmissionSource source) {
		for (SubmissionListener listener : listeners) {
			try {
				listener.submitted(workspace, project, item, source);
			} catch (RuntimeException e) {
				ILog.of(getClass()).error("A submission listener failed on item '" + item.location() + "' of project '"
						+ project + "': " + e.getMessage(), e);
			}
		}
	}
}
