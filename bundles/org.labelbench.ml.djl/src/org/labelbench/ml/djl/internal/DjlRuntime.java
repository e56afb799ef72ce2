package org.labelbench.ml.djl.internal;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Makes the embedded DJL usable inside OSGi; references no DJL type itself.
 * <ol>
 * <li>Sets DJL's system properties before any DJL class initializes: offline (never download an engine or a model),
 * no telemetry, and a writable cache for the libtorch it extracts from the embedded natives jar, unless the launcher
 * set them. {@code PYTORCH_LIBRARY_PATH} (environment or property) makes DJL load a libtorch of the user's instead,
 * a CUDA build for a GPU machine.</li>
 * <li>Runs every DJL call with the thread context class loader set to this bundle's loader: DJL finds its engine
 * (ServiceLoader) and the native library's files through it, and only this bundle sees the embedded jars. A first
 * DJL call under another loader would leave DJL without an engine for the life of the JVM.</li>
 * </ol>
 */
public final class DjlRuntime {

	/** the engine DJL is asked for */
	static final String ENGINE = "PyTorch";

	private static boolean propertiesSet;

	private DjlRuntime() {
	}

	/** Runs a DJL call with this bundle's class loader as the context class loader. */
	public static <T> T call(Supplier<T> body) {
		setProperties();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(DjlRuntime.class.getClassLoader());
		try {
			return body.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	static synchronized void setProperties() {
		if (propertiesSet) {
			return;
		}
		setIfAbsent("ai.djl.offline", "true");
		setIfAbsent("OPT_OUT_TRACKING", "true");
		if (isAbsent("DJL_CACHE_DIR")) {
			System.setProperty("DJL_CACHE_DIR", defaultCacheDir().toString());
		}
		propertiesSet = true;
	}

	private static boolean isAbsent(String key) {
		String property = System.getProperty(key);
		String environment = System.getenv(key);
		return (property == null || property.isEmpty()) && (environment == null || environment.isEmpty());
	}

	private static void setIfAbsent(String key, String value) {
		if (isAbsent(key)) {
			System.setProperty(key, value);
		}
	}

	/** {@code <instance area>/djl-cache}, else this bundle's data area, else DJL's default ({@code ~/.djl.ai}). */
	static Path defaultCacheDir() {
		Bundle bundle = FrameworkUtil.getBundle(DjlRuntime.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		String instance = context != null ? context.getProperty("osgi.instance.area")
				: System.getProperty("osgi.instance.area");
		if (instance != null && instance.startsWith("file:")) {
			File dir = new File(URI.create(instance.replace(" ", "%20")));
			if ((dir.isDirectory() || dir.mkdirs()) && dir.canWrite()) {
				return dir.toPath().resolve("djl-cache");
			}
		}
		if (context != null) {
			File data = context.getDataFile("djl-cache");
			if (data != null) {
				return data.toPath();
			}
		}
		return Paths.get(System.getProperty("user.home"), ".djl.ai");
	}
}
