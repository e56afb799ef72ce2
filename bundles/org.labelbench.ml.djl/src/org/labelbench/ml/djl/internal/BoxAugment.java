package org.labelbench.ml.djl.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.labelbench.ml.Detection;
import org.labelbench.ml.ImageBatch;

/**
 * Random mirror images of standardized channel-major images with their boxes, and for images without up or down also
 * upside down and transposed (with the mirror, every symmetry of the square): the boxes move with the picture.
 */
final class BoxAugment {

	private BoxAugment() {
	}

	/**
	 * Copies image {@code from} of {@code source} into slot {@code to} of {@code target}, transformed at random.
	 *
	 * @return the image's boxes, transformed the same way
	 */
	static List<Detection> copy(float[] source, int from, List<Detection> boxes, float[] target, int to, int size,
			Random random, boolean anyOrientation) {
		boolean mirror = random.nextBoolean();
		boolean upsideDown = anyOrientation && random.nextBoolean();
		boolean transpose = anyOrientation && random.nextBoolean();
		int stride = ImageBatch.stride(size);
		int plane = size * size;
		for (int c = 0; c < 3; c++) {
			int in = from * stride + c * plane;
			int out = to * stride + c * plane;
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					int sx = mirror ? size - 1 - x : x;
					int sy = upsideDown ? size - 1 - y : y;
					target[out + y * size + x] = source[in + (transpose ? sx * size + sy : sy * size + sx)];
				}
			}
		}
		List<Detection> moved = new ArrayList<>(boxes.size());
		for (Detection d : boxes) {
			// output pixel (x, y) shows source pixel (sx, sy): a box maps by the inverse, applied in reverse order
			double x = d.x();
			double y = d.y();
			double w = d.width();
			double h = d.height();
			if (transpose) {
				double t = x;
				x = y;
				y = t;
				t = w;
				w = h;
				h = t;
			}
			if (mirror) {
				x = 1 - x - w;
			}
			if (upsideDown) {
				y = 1 - y - h;
			}
			moved.add(new Detection(d.label(), d.score(), x, y, w, h));
		}
		return moved;
	}
}
