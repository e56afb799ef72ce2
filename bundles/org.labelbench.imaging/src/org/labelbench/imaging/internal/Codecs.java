package org.labelbench.imaging.internal;

import java.util.List;

import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;

import com.github.jaiimageio.jpeg2000.impl.J2KImageReaderSpi;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.imageio.JPEGLosslessImageReaderSpi;

/**
 * Makes PixelMed work inside OSGi. PixelMed decodes JPEG lossless and JPEG 2000 pixel data through ImageIO readers
 * that ImageIO finds with ServiceLoader on the thread context class loader, which under OSGi does not see the wrapper
 * bundle: they are registered here by hand. PixelMed logs through SLF4J only when the context class loader finds
 * it, else to stderr (which the command line keeps for its own errors): its logging classes are initialized here
 * with the wrapper bundle's loader, which has SLF4J, and its log goes to {@link PixelMedLog}.
 */
final class Codecs {

	private static List<ImageReaderSpi> registered = List.of();

	private Codecs() {
	}

	/** Registers the codecs and routes PixelMed's log, once. */
	static synchronized void ensureReady() {
		if (!registered.isEmpty()) {
			return;
		}
		PixelMedLog.install();
		initializeLogging();
		List<ImageReaderSpi> spis = List.of(new QuietJpegLosslessSpi(), new J2KImageReaderSpi());
		IIORegistry registry = IIORegistry.getDefaultInstance();
		// ImageIO may have found PixelMed's own provider through a context class loader (tycho-surefire's does)
		JPEGLosslessImageReaderSpi found = registry.getServiceProviderByClass(JPEGLosslessImageReaderSpi.class);
		if (found != null) {
			registry.deregisterServiceProvider(found, ImageReaderSpi.class);
		}
		for (ImageReaderSpi spi : spis) {
			registry.registerServiceProvider(spi, ImageReaderSpi.class);
		}
		registered = spis;
	}

	/** Removes what {@link #ensureReady()} registered, so that ImageIO keeps no class of a stopped bundle. */
	static synchronized void unregister() {
		IIORegistry registry = IIORegistry.getDefaultInstance();
		for (ImageReaderSpi spi : registered) {
			registry.deregisterServiceProvider(spi, ImageReaderSpi.class);
		}
		if (!registered.isEmpty()) {
			PixelMedLog.uninstall();
		}
		registered = List.of();
	}

	/**
	 * PixelMed's JPEG lossless reader, found by format name only. PixelMed hands it the data of DICOM frames; its
	 * provider's own content check prints to stderr each time ImageIO looks for the reader of a file.
	 */
	private static final class QuietJpegLosslessSpi extends JPEGLosslessImageReaderSpi {
		@Override
		public boolean canDecodeInput(Object input) {
			return false;
		}
	}

	private static void initializeLogging() {
		ClassLoader pixelmed = AttributeList.class.getClassLoader();
		Thread thread = Thread.currentThread();
		ClassLoader context = thread.getContextClassLoader();
		thread.setContextClassLoader(pixelmed);
		try {
			Class.forName("com.pixelmed.slf4j.LoggerFactory", true, pixelmed);
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException("PixelMed is incomplete: " + e.getMessage(), e);
		} finally {
			thread.setContextClassLoader(context);
		}
	}
}
