package org.labelbench.ml.djl.internal;

import java.util.Arrays;
import java.util.List;

import org.labelbench.ml.Detection;

/**
 * What the detector should output for a batch of images, drawn from their boxes: per class a heat map that is 1 at
 * the cell of each object's centre and falls off as a Gaussian as wide as a fifth of the object (the cells next to a
 * centre are less wrong than far ones), and at each centre cell the box's width and height (fractions of the image)
 * and the centre's place in the cell; {@code mask} marks those cells.
 */
final class CenterTargets {

	final float[] heat;
	final float[] box;
	final float[] mask;
	private final int classes;
	private final int grid;

	CenterTargets(int batch, int classes, int grid) {
		this.classes = classes;
		this.grid = grid;
		heat = new float[batch * classes * grid * grid];
		box = new float[batch * DetectorNetwork.BOX_CHANNELS * grid * grid];
		mask = new float[batch * grid * grid];
	}

	void clear() {
		Arrays.fill(heat, 0);
		Arrays.fill(box, 0);
		Arrays.fill(mask, 0);
	}

	/** Draws the boxes of the image in slot {@code slot}. */
	void draw(int slot, List<Detection> boxes) {
		int plane = grid * grid;
		for (Detection d : boxes) {
			double cx = (d.x() + d.width() / 2) * grid;
			double cy = (d.y() + d.height() / 2) * grid;
			int i = Math.min(grid - 1, (int) cx);
			int j = Math.min(grid - 1, (int) cy);
			double sigma = Math.max(0.5, Math.min(d.width(), d.height()) * grid / 5);
			gaussian(slot * classes * plane + d.label() * plane, i, j, sigma);
			int cell = j * grid + i;
			int boxes0 = slot * DetectorNetwork.BOX_CHANNELS * plane;
			box[boxes0 + cell] = (float) d.width();
			box[boxes0 + plane + cell] = (float) d.height();
			box[boxes0 + 2 * plane + cell] = (float) (cx - i);
			box[boxes0 + 3 * plane + cell] = (float) (cy - j);
			mask[slot * plane + cell] = 1;
		}
	}

	private void gaussian(int offset, int ci, int cj, double sigma) {
		int reach = (int) Math.ceil(3 * sigma);
		for (int j = Math.max(0, cj - reach); j <= Math.min(grid - 1, cj + reach); j++) {
			for (int i = Math.max(0, ci - reach); i <= Math.min(grid - 1, ci + reach); i++) {
				double d2 = (i - ci) * (i - ci) + (j - cj) * (j - cj);
				float value = i == ci && j == cj ? 1f : (float) Math.exp(-d2 / (2 * sigma * sigma));
				int at = offset + j * grid + i;
				heat[at] = Math.max(heat[at], value);
			}
		}
	}
}
