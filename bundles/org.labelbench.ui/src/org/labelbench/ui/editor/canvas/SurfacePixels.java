package org.labelbench.ui.editor.canvas;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteOrder;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Image;

/**
 * Copies pixels straight into the memory of an image, where SWT on GTK keeps it: a cairo image surface of format
 * RGB24, whose pixels on a little-endian machine are the {@code 0xRRGGBB} ints of a {@link ShapeRaster}. SWT has no
 * API to change an image's pixels: {@code new Image(device, ImageData)} allocates the surface and a buffer and
 * converts every pixel in Java, 6 ms and more for a window-sized layer each time the view changes; this copy takes well
 * under one. It reaches SWT's internal cairo bindings through method handles looked up once, so that on another SWT
 * (another platform, a release that changed them) it is merely unavailable and the canvas makes new images instead.
 */
final class SurfacePixels {

	private static final int CAIRO_FORMAT_RGB24 = 1;
	private static final MethodHandle SURFACE;
	private static final MethodHandle DATA;
	private static final MethodHandle FORMAT;
	private static final MethodHandle STRIDE;
	private static final MethodHandle FLUSH;
	private static final MethodHandle MARK_DIRTY;
	private static final MethodHandle MEMMOVE;

	static {
		MethodHandle[] handles = lookUp();
		SURFACE = handles[0];
		DATA = handles[1];
		FORMAT = handles[2];
		STRIDE = handles[3];
		FLUSH = handles[4];
		MARK_DIRTY = handles[5];
		MEMMOVE = handles[6];
	}

	private SurfacePixels() {
	}

	/**
	 * Copies pixels over all of an image made from image data of the same size.
	 *
	 * @return whether they were copied; if not, the image is as it was and the caller makes a new one
	 */
	static boolean write(Image image, int[] pixels, int width, int height) {
		if (SURFACE == null) {
			return false;
		}
		try {
			long surface = (long) SURFACE.invokeExact(image);
			if ((int) FORMAT.invokeExact(surface) != CAIRO_FORMAT_RGB24
					|| (int) STRIDE.invokeExact(surface) != 4 * width || pixels.length != width * height) {
				return false;
			}
			FLUSH.invokeExact(surface);
			long data = (long) DATA.invokeExact(surface);
			if (data == 0) {
				return false;
			}
			MEMMOVE.invokeExact(data, pixels, 4L * pixels.length);
			MARK_DIRTY.invokeExact(surface);
			return true;
		} catch (Throwable e) { // NOPMD the handles' signatures were checked when they were looked up
			throw new IllegalStateException(e);
		}
	}

	private static MethodHandle[] lookUp() {
		MethodHandle[] none = new MethodHandle[7];
		if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
			return none;
		}
		try {
			ClassLoader swt = Image.class.getClassLoader();
			Class<?> cairo = Class.forName("org.eclipse.swt.internal.cairo.Cairo", false, swt); //$NON-NLS-1$
			Class<?> c = Class.forName("org.eclipse.swt.internal.C", false, swt); //$NON-NLS-1$
			MethodHandles.Lookup lookup = MethodHandles.publicLookup();
			MethodType ofSurface = MethodType.methodType(void.class, long.class);
			return new MethodHandle[] { lookup.findGetter(Image.class, "surface", long.class), //$NON-NLS-1$
					lookup.findStatic(cairo, "cairo_image_surface_get_data", //$NON-NLS-1$
							MethodType.methodType(long.class, long.class)),
					lookup.findStatic(cairo, "cairo_image_surface_get_format", //$NON-NLS-1$
							MethodType.methodType(int.class, long.class)),
					lookup.findStatic(cairo, "cairo_image_surface_get_stride", //$NON-NLS-1$
							MethodType.methodType(int.class, long.class)),
					lookup.findStatic(cairo, "cairo_surface_flush", ofSurface), //$NON-NLS-1$
					lookup.findStatic(cairo, "cairo_surface_mark_dirty", ofSurface), //$NON-NLS-1$
					lookup.findStatic(c, "memmove", //$NON-NLS-1$
							MethodType.methodType(void.class, long.class, int[].class, long.class)) };
		} catch (ReflectiveOperationException | RuntimeException e) {
			ILog.of(SurfacePixels.class).info("Images of the canvas are made anew, not written to: " + e); //$NON-NLS-1$
			return none;
		}
	}
}
