package org.labelbench.imaging.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Takes the ImageIO codecs this bundle registered out of the JVM-wide registry when the bundle stops. */
public final class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		// codecs are registered on first use
	}

	@Override
	public void stop(BundleContext context) {
		Codecs.unregister();
	}
}
