package org.labelbench.ml.djl.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.labelbench.ml.Detection;

/**
 * Turns the detector's output for one image into boxes: each cell whose class score is a local maximum (no higher
 * score among its 8 neighbours, which takes the place of non-maximum suppression) and at least the lowest score asked
 * for is an object of that class, centred where the cell's offsets say, as large as its size outputs say, clipped to
 * the image.
 */
final class CenterDecoder {

	/** the most boxes reported for one image */
	static final int MOST_BOXES = 50;

	private CenterDecoder() {
	}

	/**
	 * @param out the image's outputs: {@code classes} maps of scores (0 to 1), then width, height, x and y offset
	 *        maps, {@code grid x grid} each
	 */
	static List<Detection> decode(float[] out, int offset, int classes, int grid, double minScore) {
		int plane = grid * grid;
		int boxes = offset + classes * plane;
		List<Detection> found = new ArrayList<>();
		for (int c = 0; c < classes; c++) {
			int heat = offset + c * plane;
			for (int j = 0; j < grid; j++) {
				for (int i = 0; i < grid; i++) {
					float score = out[heat + j * grid + i];
					if (score >= minScore && peak(out, heat, grid, i, j, score)) {
						int cell = j * grid + i;
						double w = clip(out[boxes + cell]);
						double h = clip(out[boxes + plane + cell]);
						double cx = (i + out[boxes + 2 * plane + cell]) / grid;
						double cy = (j + out[boxes + 3 * plane + cell]) / grid;
						double x0 = clip(cx - w / 2);
						double y0 = clip(cy - h / 2);
						double x1 = clip(cx + w / 2);
						double y1 = clip(cy + h / 2);
						if (x1 > x0 && y1 > y0) {
							found.add(new Detection(c, score, x0, y0, x1 - x0, y1 - y0));
						}
					}
				}
			}
		}
		found.sort(Comparator.comparingDouble(Detection::score).reversed());
		return found.size() > MOST_BOXES ? List.copyOf(found.subList(0, MOST_BOXES)) : List.copyOf(found);
	}

	private static boolean peak(float[] out, int heat, int grid, int i, int j, float score) {
		for (int y = Math.max(0, j - 1); y <= Math.min(grid - 1, j + 1); y++) {
			for (int x = Math.max(0, i - 1); x <= Math.min(grid - 1, i + 1); x++) {
				float other = out[heat + y * grid + x];
				// of equal neighbours, the first in reading order is the peak
				if (other > score || other == score && y * grid + x < j * grid + i) {
					return false;
				}
			}
		}
		return true;
	}

	private static double clip(double fraction) {
		return Math.max(0, Math.min(1, fraction));
	}
}
