package org.labelbench.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.labelbench.model.LabelClass;
import org.labelbench.model.Project;

/** Stable category ids: a class's id is its position in the project's class list plus one; classes are only added. */
final class Categories {

	private final Map<String, Integer> ids = new LinkedHashMap<>();

	Categories(Project project) {
		for (LabelClass labelClass : project.getLabelClasses()) {
			ids.put(labelClass.getName(), labelClass.getOrder() + 1);
		}
	}

	Map<String, Integer> ids() {
		return ids;
	}

	/** @return the id, or null for a class the project no longer has */
	Integer id(String className) {
		return ids.get(className);
	}
}
