package org.labelbench.imaging.internal;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** DICOM YBR_FULL (and YBR_FULL_422 once expanded) to RGB, PS3.3 C.7.6.3.1.2, for 8-bit samples. */
final class Ybr {

	private Ybr() {
	}

	static Raster toRgb(Raster ybr) {
		int w = ybr.getWidth();
		int h = ybr.getHeight();
		WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 3, null);
		int[] row = new int[w * 3];
		for (int y = 0; y < h; y++) {
			ybr.getPixels(ybr.getMinX(), ybr.getMinY() + y, w, 1, row);
			for (int i = 0; i < row.length; i += 3) {
				double luma = row[i];
				double cb = row[i + 1] - 128.0;
				double cr = row[i + 2] - 128.0;
				row[i] = clamp(luma + 1.402 * cr);
				row[i + 1] = clamp(luma - 0.344136 * cb - 0.714136 * cr);
				row[i + 2] = clamp(luma + 1.772 * cb);
			}
			out.setPixels(0, y, w, 1, row);
		}
		return out;
	}

	private static int clamp(double value) {
		return (int) Math.max(0, Math.min(255, Math.round(value)));
	}
}
