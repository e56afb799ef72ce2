package org.labelbench.core;

import org.labelbench.model.SubmissionSource;
import org.labelbench.store.ItemRecord;

/**
 * Hears of every submission stored through {@link Labeling#submit} in this process, for work that follows labeling
 * (ML assistance trains once enough labels are in). Registered as an OSGi service (whiteboard): every workspace the
 * {@link WorkspaceService} opens tells every listener. Called on the submitting thread after the labels are durable,
 * so a listener must return at once: it schedules its work (a Job) instead of doing it. A listener that throws is
 * logged; the submission stands.
 */
@FunctionalInterface
public interface SubmissionListener {

	/**
	 * @param workspace the workspace the labels were stored in, open while the caller uses it
	 * @param project the project's name
	 * @param item the item as stored, now labeled
	 * @param source whether a person labeled it or accepted or changed a prelabel
	 */
	void submitted(Workspace workspace, String project, ItemRecord item, SubmissionSource source);
}
