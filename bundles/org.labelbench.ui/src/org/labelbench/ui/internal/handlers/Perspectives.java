package org.labelbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.labelbench.ui.internal.UserRights;

/** The workbench's two perspectives and switching between them. */
public final class Perspectives {

	/** Where a labeler works: the task, the classes with their keys, instructions and own progress. */
	public static final String LABELING = "org.labelbench.ui.perspective.labeling";
	/** Where an admin works: projects, dashboard, data review and details. */
	public static final String ADMINISTRATION = "org.labelbench.ui.perspective.admin";

	private Perspectives() {
	}

	/**
	 * Leaves the {@link #ADMINISTRATION} perspective for {@link #LABELING} when it is the one shown and the user has
	 * nothing there (a labeler, or a role taken away while the workbench is open).
	 */
	public static void fit(UserRights rights, MApplication application, EModelService models) {
		if (rights == null || rights.administers()) {
			return;
		}
		List<MPerspective> admin = models.findElements(application, ADMINISTRATION, MPerspective.class);
		List<MPerspective> labeling = models.findElements(application, LABELING, MPerspective.class);
		if (admin.isEmpty() || labeling.isEmpty() || admin.get(0).getParent() == null
				|| admin.get(0).getParent().getSelectedElement() != admin.get(0)) {
			return;
		}
		MWindow window = models.getTopLevelWindowFor(labeling.get(0));
		EPartService parts = window == null || window.getContext() == null ? null
				: window.getContext().get(EPartService.class);
		if (parts != null) {
			parts.switchPerspective(labeling.get(0));
		} else {
			admin.get(0).getParent().setSelectedElement(labeling.get(0)); // not rendered yet: shown first when it is
		}
	}

	static void show(String id, MApplication application, EModelService models, EPartService parts) {
		List<MPerspective> found = models.findElements(application, id, MPerspective.class);
		if (!found.isEmpty()) {
			parts.switchPerspective(found.get(0));
		}
	}
}
