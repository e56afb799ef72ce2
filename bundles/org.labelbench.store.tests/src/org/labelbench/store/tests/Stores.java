package org.labelbench.store.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.labelbench.model.LabelClass;
import org.labelbench.model.LabelbenchFactory;
import org.labelbench.model.Project;
import org.labelbench.model.ProjectState;
import org.labelbench.store.StoreFactory;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The store factory as the running OSGi framework provides it, and small fixtures. */
final class Stores {

	private Stores() {
	}

	static StoreFactory factory() throws InterruptedException {
		var context = FrameworkUtil.getBundle(Stores.class).getBundleContext();
		ServiceTracker<StoreFactory, StoreFactory> tracker = new ServiceTracker<>(context, StoreFactory.class, null);
		tracker.open();
		StoreFactory factory = tracker.waitForService(20_000);
		assertNotNull(factory, "the StoreFactory DS component is registered");
		return factory;
	}

	static Project project(String name, String... classes) {
		Project project = LabelbenchFactory.eINSTANCE.createProject();
		project.setName(name);
		project.setTaskType("image-multiclass");
		project.setState(ProjectState.INITIALIZING);
		for (String className : List.of(classes)) {
			LabelClass labelClass = LabelbenchFactory.eINSTANCE.createLabelClass();
			labelClass.setName(className);
			project.getLabelClasses().add(labelClass);
		}
		return project;
	}
}
