package org.labelbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** The workbench's two perspectives and switching between them. */
public final class Perspectives {

	/** Where a labeler works: the task, the classes with their keys, instructions and own progress. */
	public static final String LABELING = "org.labelbench.ui.perspective.labeling";
	/** Where an admin works: projects, dashboard, data review and details. */
	public static final String ADMINISTRATION = "org.labelbench.ui.perspective.admin";

	private Perspectives() {
	}

	static void show(String id, MApplication application, EModelService models, EPartService parts) {
		List<MPerspective> found = models.findElements(application, id, MPerspective.class);
		if (!found.isEmpty()) {
			parts.switchPerspective(found.get(0));
		}
	}
}
