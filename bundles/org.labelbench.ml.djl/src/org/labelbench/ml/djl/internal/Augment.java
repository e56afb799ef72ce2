package org.labelbench.ml.djl.internal;

import java.util.Random;

import org.labelbench.ml.ImageBatch;

/**
 * Random horizontal flips and shifts of standardized channel-major images, and for images without up or down also
 * quarter turns (with the flip, every symmetry of the square); what a shift uncovers is zero, the mean.
 */
final class Augment {

	private Augment() {
	}

	/** Copies image {@code from} of {@code source} into slot {@code to} of {@code target}, flipped and shifted. */
	static void copy(float[] source, int from, float[] target, int to, int size, Random random, int maxShift,
			boolean anyOrientation) {
		boolean flip = random.nextBoolean();
		int turns = anyOrientation ? random.nextInt(4) : 0;
		int dx = random.nextInt(2 * maxShift + 1) - maxShift;
		int dy = random.nextInt(2 * maxShift + 1) - maxShift;
		int stride = ImageBatch.stride(size);
		int plane = size * size;
		for (int c = 0; c < 3; c++) {
			int in = from * stride + c * plane;
			int out = to * stride + c * plane;
			for (int y = 0; y < size; y++) {
				int sy = y - dy;
				for (int x = 0; x < size; x++) {
					int sx = (flip ? size - 1 - x : x) - dx;
					target[out + y * size + x] = sy >= 0 && sy < size && sx >= 0 && sx < size
							? source[in + turned(sx, sy, turns, size)]
							: 0;
				}
			}
		}
	}

	/** @return the index of pixel x,y of the image turned by {@code turns} quarter turns */
	private static int turned(int x, int y, int turns, int size) {
		return switch (turns) {
		case 1 -> x * size + (size - 1 - y);
		case 2 -> (size - 1 - y) * size + (size - 1 - x);
		case 3 -> (size - 1 - x) * size + y;
		default -> y * size + x;
		};
	}
}
