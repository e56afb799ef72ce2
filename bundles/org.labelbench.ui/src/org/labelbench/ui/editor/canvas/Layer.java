package org.labelbench.ui.editor.canvas;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;

/**
 * The cached layer of an {@link ImageCanvas}: the picture scaled to the view and the shapes not being edited, made in
 * Java into one array of pixels and handed to SWT as one image. Scaling the picture and stroking thousands of shapes
 * with cairo costs tens of milliseconds, most of it in the X server; here the picture is scaled by nearest neighbour
 * (as cairo's fast filter did) and the shapes are set by {@link ShapeRaster}; the pixels are copied into the image of
 * the last view ({@link SurfacePixels}) or, where that cannot be done, made into a new image. What is left is the
 * upload of that image to the X server at each paint.
 */
final class Layer {

	private final Device device;
	/** the picture's rendering, {@code 0xRRGGBB}, or null */
	private int[] picture;
	private int pictureWidth;
	private int pictureHeight;
	private ShapeRaster raster;
	private ImageData data;
	private Image image;

	Layer(Device device) {
		this.device = device;
	}

	/** Takes the pixels of a new rendering of the picture, or of none. */
	void setPicture(ImageData rendering) {
		setPicture(rendering, rendering == null ? null : pixels(rendering));
	}

	/** Takes a new rendering of the picture with its pixels made already ({@link #pixels}). */
	void setPicture(ImageData rendering, int[] pixels) {
		picture = pixels;
		pictureWidth = rendering == null ? 0 : rendering.width;
		pictureHeight = rendering == null ? 0 : rendering.height;
	}

	/** @return whether the layer was made for a view of this size */
	boolean fits(int width, int height) {
		return image != null && raster.width() == width && raster.height() == height;
	}

	/** @return the layer last made, or null */
	Image image() {
		return image;
	}

	/**
	 * Makes the layer again for the canvas's view: the picture, the painter's raster, then its GC over them.
	 *
	 * @param background the pixel around the picture, {@code 0xRRGGBB}
	 * @param message what to write when the canvas shows no picture
	 */
	void paint(ImageCanvas canvas, ShapePainter painter, int width, int height, int background, String message) {
		if (raster == null || raster.width() != width || raster.height() != height) {
			raster = new ShapeRaster(width, height);
			data = null;
			dispose();
		}
		paintPicture(canvas, background);
		if (canvas.picture() != null) {
			painter.rasterShapes(raster, canvas);
		}
		if (image == null || !SurfacePixels.write(image, raster.pixels(), width, height)) {
			dispose();
			image = new Image(device, toImageData());
		}
		GC gc = new GC(image);
		try {
			if (canvas.picture() == null) {
				gc.setForeground(device.getSystemColor(SWT.COLOR_WHITE));
				gc.drawText(message, ImageCanvas.MARGIN, ImageCanvas.MARGIN, true);
			} else {
				painter.paintShapes(gc, canvas);
			}
		} finally {
			gc.dispose();
		}
	}

	/** Fills the raster with the picture, scaled to the view by nearest neighbour, on the background. */
	private void paintPicture(ImageCanvas canvas, int background) {
		int[] pixels = raster.pixels();
		int width = raster.width();
		int height = raster.height();
		if (picture == null || canvas.picture() == null) {
			Arrays.fill(pixels, background);
			return;
		}
		double perViewX = pictureWidth / (canvas.imageWidth() * canvas.scale());
		double perViewY = pictureHeight / (canvas.imageHeight() * canvas.scale());
		int[] columns = new int[width];
		int from = width;
		int to = 0;
		for (int x = 0; x < width; x++) {
			columns[x] = (int) Math.floor((x + 0.5 - canvas.toViewX(0)) * perViewX);
			if (columns[x] >= 0 && columns[x] < pictureWidth) {
				from = Math.min(from, x);
				to = x + 1;
			}
		}
		for (int y = 0; y < height; y++) {
			int line = y * width;
			int source = (int) Math.floor((y + 0.5 - canvas.toViewY(0)) * perViewY);
			if (source < 0 || source >= pictureHeight || from >= to) {
				Arrays.fill(pixels, line, line + width, background);
				continue;
			}
			Arrays.fill(pixels, line, line + from, background);
			int row = source * pictureWidth;
			for (int x = from; x < to; x++) {
				pixels[line + x] = picture[row + columns[x]];
			}
			Arrays.fill(pixels, line + to, line + width, background);
		}
	}

	/** @return the raster as 24-bit image data, red first: the depth SWT converts fastest */
	private ImageData toImageData() {
		if (data == null) {
			data = new ImageData(raster.width(), raster.height(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		}
		int[] pixels = raster.pixels();
		byte[] bytes = data.data;
		for (int y = 0; y < data.height; y++) {
			int out = y * data.bytesPerLine;
			for (int x = 0, in = y * data.width; x < data.width; x++, in++) {
				int rgb = pixels[in];
				bytes[out++] = (byte) (rgb >> 16);
				bytes[out++] = (byte) (rgb >> 8);
				bytes[out++] = (byte) rgb;
			}
		}
		return data;
	}

	void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** @return the pixels of image data as {@code 0xRRGGBB}, row by row */
	static int[] pixels(ImageData source) {
		int[] pixels = new int[source.width * source.height];
		for (int y = 0; y < source.height; y++) {
			source.getPixels(0, y, source.width, pixels, y * source.width);
		}
		PaletteData palette = source.palette;
		if (palette.isDirect) {
			if (palette.redMask != 0xFF0000 || palette.greenMask != 0xFF00 || palette.blueMask != 0xFF) {
				for (int i = 0; i < pixels.length; i++) {
					int p = pixels[i];
					pixels[i] = channel(p & palette.redMask, palette.redShift) << 16
							| channel(p & palette.greenMask, palette.greenShift) << 8
							| channel(p & palette.blueMask, palette.blueShift);
				}
			}
			return pixels;
		}
		RGB[] rgbs = palette.getRGBs();
		int[] table = new int[Math.max(rgbs.length, 1 << Math.min(source.depth, 16))]; // a pixel past the palette: black
		for (int i = 0; i < rgbs.length; i++) {
			table[i] = rgbs[i] == null ? 0 : rgbs[i].red << 16 | rgbs[i].green << 8 | rgbs[i].blue;
		}
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = table[pixels[i]];
		}
		return pixels;
	}

	/** @return a channel moved to the low 8 bits, as {@link PaletteData#getRGB(int)} does */
	private static int channel(int masked, int shift) {
		return shift < 0 ? masked >>> -shift : masked << shift;
	}
}
