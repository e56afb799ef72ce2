package org.labelbench.ml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns texts into network input without a vocabulary: the words (lower case, split at every character that is no
 * letter or digit), the pairs of neighbouring words and the character trigrams of each word are hashed into
 * {@link #DIMENSION} features (a word the training never saw still shares trigrams with the words it resembles, which
 * helps with typos and inflections). Each feature counts {@code 1 + ln(count)}, trigrams less, and each text's vector
 * is scaled to unit length. A linear layer on it is an embedding bag of the hashed n-grams.
 * <p>
 * {@link #wordCounts} is the input of multi-label classifiers: the words alone, {@code 1 + ln(count)} each, not
 * scaled. Whether a text has a class rests on how many of the class's words it has, not on their share of the text:
 * a short text with one stray word of a topic is not on it, a long one with three is. Thread-safe.
 */
public final class TextFeatures {

	/** the number of hashed features */
	public static final int DIMENSION = 1 << 14;
	private static final float TRIGRAM_WEIGHT = 0.3f;

	private TextFeatures() {
	}

	/** @return the texts as a batch; a null text counts as empty */
	public static TextBatch of(List<String> texts) {
		return batch(texts, true, true);
	}

	/** @return the texts as a batch of their words' counts alone, not scaled; a null text counts as empty */
	public static TextBatch wordCounts(List<String> texts) {
		return batch(texts, false, false);
	}

	private static TextBatch batch(List<String> texts, boolean grams, boolean unitLength) {
		int[] offsets = new int[texts.size() + 1];
		List<int[]> allFeatures = new ArrayList<>();
		List<float[]> allValues = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < texts.size(); i++) {
			Map<Integer, Float> bag = bag(texts.get(i), grams);
			int[] features = new int[bag.size()];
			float[] values = new float[bag.size()];
			double squares = 0;
			int n = 0;
			for (Map.Entry<Integer, Float> e : bag.entrySet()) {
				features[n] = e.getKey();
				values[n] = e.getValue();
				squares += values[n] * values[n];
				n++;
			}
			float norm = unitLength ? (float) Math.sqrt(squares) : 1;
			for (int j = 0; j < n && norm > 0; j++) {
				values[j] /= norm;
			}
			allFeatures.add(features);
			allValues.add(values);
			total += n;
			offsets[i + 1] = total;
		}
		int[] features = new int[total];
		float[] values = new float[total];
		for (int i = 0; i < texts.size(); i++) {
			System.arraycopy(allFeatures.get(i), 0, features, offsets[i], allFeatures.get(i).length);
			System.arraycopy(allValues.get(i), 0, values, offsets[i], allValues.get(i).length);
		}
		return new TextBatch(texts.size(), DIMENSION, offsets, features, values);
	}

	private static Map<Integer, Float> bag(String text, boolean grams) {
		Map<String, Integer> counts = new HashMap<>();
		List<String> words = words(text == null ? "" : text);
		for (int w = 0; w < words.size(); w++) {
			String word = words.get(w);
			counts.merge("w " + word, 1, Integer::sum);
			if (!grams) {
				continue;
			}
			if (w > 0) {
				counts.merge("b " + words.get(w - 1) + " " + word, 1, Integer::sum);
			}
			String bounded = "<" + word + ">";
			for (int c = 0; c + 3 <= bounded.length(); c++) {
				counts.merge("c " + bounded.substring(c, c + 3), 1, Integer::sum);
			}
		}
		Map<Integer, Float> bag = new HashMap<>();
		counts.forEach((gram, count) -> {
			float weight = (float) (1 + Math.log(count)) * (gram.charAt(0) == 'c' ? TRIGRAM_WEIGHT : 1);
			bag.merge(Math.floorMod(hash(gram), DIMENSION), weight, Float::sum);
		});
		return bag;
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		String lower = text.toLowerCase(Locale.ROOT);
		for (int i = 0; i <= lower.length(); i++) {
			char ch = i < lower.length() ? lower.charAt(i) : ' ';
			if (Character.isLetterOrDigit(ch)) {
				word.append(ch);
			} else if (word.length() > 0) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		return words;
	}

	/** FNV-1a over the UTF-16 code units: the same feature on every machine and Java version. */
	private static int hash(String gram) {
		int hash = 0x811c9dc5;
		for (int i = 0; i < gram.length(); i++) {
			hash ^= gram.charAt(i);
			hash *= 0x01000193;
		}
		return hash;
	}
}
