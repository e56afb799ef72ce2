package org.labelbench.ui.editor.canvas;

import java.util.Arrays;

import org.eclipse.swt.graphics.Color;

/**
 * The pixels of an {@link ImageCanvas}'s cached layer, for painters that outline thousands of shapes: lines two view
 * pixels wide are set straight into an array, with no call into cairo and no allocation per shape (cairo takes
 * 10-20 ms for 5,000 outlines, this a millisecond or two). Coordinates are view pixels; what falls outside the view is
 * left out. Colours are {@code 0xRRGGBB} ints, see {@link #pixel(Color)}.
 */
public final class ShapeRaster {

	private final int width;
	private final int height;
	private final int[] pixels;

	ShapeRaster(int width, int height) {
		this.width = width;
		this.height = height;
		pixels = new int[width * height];
	}

	/** @return a colour as a pixel of the raster, {@code 0xRRGGBB} */
	public static int pixel(Color color) {
		return color.getRed() << 16 | color.getGreen() << 8 | color.getBlue();
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** @return the pixels, row by row, {@code 0xRRGGBB}: for the canvas, which fills in the picture first */
	int[] pixels() {
		return pixels;
	}

	/** Outlines a rectangle as {@code GC.drawRectangle} does with a line width of 2: its edges on the lines given. */
	public void rectangle(int x, int y, int w, int h, int rgb) {
		if (x - 1 >= width || y - 1 >= height || x + w + 1 <= 0 || y + h + 1 <= 0) {
			return;
		}
		row(x - 1, x + w + 1, y - 1, rgb);
		row(x - 1, x + w + 1, y, rgb);
		row(x - 1, x + w + 1, y + h - 1, rgb);
		row(x - 1, x + w + 1, y + h, rgb);
		for (int line = Math.max(0, y + 1), to = Math.min(height, y + h - 1); line < to; line++) { // a row at a time
			plotInRow(x - 1, line, rgb);
			plotInRow(x, line, rgb);
			plotInRow(x + w - 1, line, rgb);
			plotInRow(x + w, line, rgb);
		}
	}

	/**
	 * Outlines a closed polygon.
	 *
	 * @param xy the vertices as x0, y0, x1, y1... in view pixels; only the first {@code points} are read
	 */
	public void polygon(int[] xy, int points, int rgb) {
		for (int i = 0, j = points - 1; i < points; j = i++) {
			line(xy[2 * j], xy[2 * j + 1], xy[2 * i], xy[2 * i + 1], rgb);
		}
	}

	/** Draws a line two pixels wide: the second pixel beside the line where it is steep, below it where it is flat. */
	public void line(int x0, int y0, int x1, int y1, int rgb) {
		if (Math.max(x0, x1) < -1 || Math.min(x0, x1) > width || Math.max(y0, y1) < -1 || Math.min(y0, y1) > height) {
			return;
		}
		if (Math.abs(x1 - x0) + Math.abs(y1 - y0) > 4 * (width + height)) { // far out of view at a high zoom
			clippedLine(x0, y0, x1, y1, rgb);
			return;
		}
		int dx = Math.abs(x1 - x0);
		int dy = -Math.abs(y1 - y0);
		int sx = x0 < x1 ? 1 : -1;
		int sy = y0 < y1 ? 1 : -1;
		int ox = -dy > dx ? 1 : 0;
		int oy = 1 - ox;
		int error = dx + dy;
		int x = x0;
		int y = y0;
		while (true) {
			plot(x, y, rgb);
			plot(x + ox, y + oy, rgb);
			if (x == x1 && y == y1) {
				return;
			}
			int twice = 2 * error;
			if (twice >= dy) {
				error += dy;
				x += sx;
			}
			if (twice <= dx) {
				error += dx;
				y += sy;
			}
		}
	}

	/** Draws the part of a long line that crosses the view (Liang-Barsky), so it costs what shows. */
	private void clippedLine(int x0, int y0, int x1, int y1, int rgb) {
		double dx = x1 - x0;
		double dy = y1 - y0;
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { x0 + 1.0, width - x0, y0 + 1.0, height - y0 };
		double enter = 0;
		double leave = 1;
		for (int i = 0; i < 4; i++) {
			if (p[i] == 0) {
				if (q[i] < 0) {
					return;
				}
			} else if (p[i] < 0) {
				enter = Math.max(enter, q[i] / p[i]);
			} else {
				leave = Math.min(leave, q[i] / p[i]);
			}
		}
		if (enter <= leave) {
			line((int) Math.round(x0 + enter * dx), (int) Math.round(y0 + enter * dy),
					(int) Math.round(x0 + leave * dx), (int) Math.round(y0 + leave * dy), rgb);
		}
	}

	private void plot(int x, int y, int rgb) {
		if (x >= 0 && y >= 0 && x < width && y < height) {
			pixels[y * width + x] = rgb;
		}
	}

	/** Sets the pixels of a row from x0 to before x1. */
	private void row(int x0, int x1, int y, int rgb) {
		if (y >= 0 && y < height) {
			int from = Math.max(0, x0);
			int to = Math.min(width, x1);
			if (from < to) {
				Arrays.fill(pixels, y * width + from, y * width + to, rgb);
			}
		}
	}

	private void plotInRow(int x, int y, int rgb) {
		if (x >= 0 && x < width) {
			pixels[y * width + x] = rgb;
		}
	}
}
