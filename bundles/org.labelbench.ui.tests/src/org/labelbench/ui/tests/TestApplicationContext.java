package org.labelbench.ui.tests;

import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The application context the product gives the e4 application, for starting the workbench inside a test. */
final class TestApplicationContext implements IApplicationContext {

	private final String[] args;
	private final Map<String, String> branding;
	private final Bundle bundle;

	TestApplicationContext(String... args) {
		this.args = args;
		// the same properties as the product extension in org.labelbench.ui/plugin.xml
		this.branding = Map.of("appName", "Labelbench", "applicationXMI", "org.labelbench.ui/Application.e4xmi",
				"lifeCycleURI", "bundleclass://org.labelbench.ui/org.labelbench.ui.internal.LifeCycle",
				"clearPersistedState", "true");
		this.bundle = FrameworkUtil.getBundle(org.labelbench.ui.internal.UiEvents.class);
	}

	@Override
	public Map<String, Object> getArguments() {
		return Map.of(IApplicationContext.APPLICATION_ARGS, args);
	}

	@Override
	public void applicationRunning() {
		// no splash screen to take down
	}

	@Override
	public String getBrandingApplication() {
		return "org.eclipse.e4.ui.workbench.swt.E4Application";
	}

	@Override
	public String getBrandingName() {
		return "Labelbench";
	}

	@Override
	public String getBrandingDescription() {
		return "Labelbench";
	}

	@Override
	public String getBrandingId() {
		return "org.labelbench.ui.product";
	}

	@Override
	public String getBrandingProperty(String key) {
		return branding.get(key);
	}

	@Override
	public Bundle getBrandingBundle() {
		return bundle;
	}

	@Override
	public void setResult(Object result, IApplication application) {
		// the test reads the result from start()
	}
}
