package org.labelbench.ml;

/**
 * Texts as a network takes them: each text a sparse vector of {@code dimension} hashed n-gram features (see
 * {@link TextFeatures}), stored row by row: the features of text {@code i} are {@code features[offsets[i]]} up to
 * {@code features[offsets[i + 1]]}, with their {@code values}.
 */
public record TextBatch(int count, int dimension, int[] offsets, int[] features, float[] values) {

	public TextBatch {
		if (offsets.length != count + 1 || features.length != values.length
				|| offsets[count] != features.length) {
			throw new IllegalArgumentException("a batch of " + count + " texts needs " + (count + 1)
					+ " offsets and a value per feature");
		}
	}

	/** Writes text {@code i} as {@code dimension} dense values into {@code target} from {@code offset}. */
	public void dense(int i, float[] target, int offset) {
		java.util.Arrays.fill(target, offset, offset + dimension, 0);
		for (int f = offsets[i]; f < offsets[i + 1]; f++) {
			target[offset + features[f]] += values[f];
		}
	}
}
