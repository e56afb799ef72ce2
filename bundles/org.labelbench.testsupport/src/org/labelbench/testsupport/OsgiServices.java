package org.labelbench.testsupport;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Services as the running OSGi framework provides them to tests. */
public final class OsgiServices {

	private OsgiServices() {
	}

	/** @throws IllegalStateException when the service does not come within 20 seconds */
	public static <T> T get(Class<T> type) throws InterruptedException {
		var context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(20_000);
		if (service == null) {
			throw new IllegalStateException(type.getSimpleName() + " is not registered");
		}
		return service;
	}
}
