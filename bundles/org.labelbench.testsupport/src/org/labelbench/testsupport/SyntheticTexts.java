package org.labelbench.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Labeled texts for ML tests, made here rather than downloaded: short documents on five topics ({@link #CLASSES}).
 * <ul>
 * <li>each topic has its own vocabulary of 30 words; 80 common words (function words, everyday verbs and nouns) are
 * shared by all;</li>
 * <li>a document has 12 to 30 words: a quarter from its topic's vocabulary (a third, shared, for two topics), one in
 * twenty from any topic's (a misleading word), the rest common words;</li>
 * <li>one word in twenty has two neighbouring letters swapped (a typo);</li>
 * <li>single-label documents have one topic (topics take turns: document {@code i} is on topic {@code i % 5});
 * multi-label documents have one topic, or two in a third of them, and at least three words of each of their
 * topics (common or stray words give way to them), so that a reader can tell every topic of a document from the few
 * stray words of other topics.</li>
 * </ul>
 * The same seed gives the same corpus. {@link #writeCsv} writes it as a CSV file with one column, {@code text}.
 */
public final class SyntheticTexts {

	public static final List<String> CLASSES = List.of("sports", "cooking", "travel", "finance", "health");

	private static final String[][] TOPICS = {
			("match team goal coach league season player score referee stadium tournament keeper striker final "
					+ "championship defender trophy penalty fans training sprint medal race court racket pitch inning "
					+ "halftime offside umpire").split(" "),
			("recipe oven flour butter simmer garlic onion sauce bake dough pepper salt roast chop whisk skillet "
					+ "broth spice kitchen dessert sugar vanilla grill marinade saute boil knead pastry ladle "
					+ "seasoning").split(" "),
			("flight hotel passport luggage airport beach journey tourist itinerary museum train ticket visa "
					+ "border resort cruise hostel sightseeing map guidebook souvenir destination backpack island "
					+ "boarding departure customs excursion landmark adventure").split(" "),
			("stock market investor bank interest loan dividend portfolio inflation budget tax profit revenue "
					+ "shares bond currency credit mortgage equity broker asset earnings fund trading savings debt "
					+ "audit fiscal capital pension").split(" "),
			("doctor patient symptom vaccine clinic therapy nurse diagnosis fever medicine hospital allergy "
					+ "vitamin diet exercise sleep blood pressure surgery infection prescription recovery virus "
					+ "immune wellness cardio injury dose checkup nutrition").split(" ") };

	private static final String[] COMMON = ("the a an and or but of to in on at for with about from by this that "
			+ "these those it they we you he she is are was were be been have has had do did will would can could "
			+ "should today yesterday week year people time day thing way really very quite just still also again "
			+ "new old good great small big long little first last next other some many most more make take get "
			+ "see know think say go come").split(" ");

	/** the fewest words of each of its topics a multi-label document has */
	private static final int EVIDENCE = 3;
	private static final int COMMON_SOURCE = -1;

	private SyntheticTexts() {
	}

	/**
	 * @param multiLabel whether a third of the documents have two topics
	 * @return the documents with their topics, in order
	 */
	public static Map<String, List<String>> generate(int count, boolean multiLabel, long seed) {
		Random random = new Random(seed);
		Map<String, List<String>> documents = new LinkedHashMap<>();
		for (int i = 0; documents.size() < count; i++) {
			List<Integer> topics = new ArrayList<>(List.of(i % CLASSES.size()));
			if (multiLabel && random.nextInt(3) == 0) {
				topics.add((topics.get(0) + 1 + random.nextInt(CLASSES.size() - 1)) % CLASSES.size());
			}
			String text = document(topics, random, multiLabel);
			documents.putIfAbsent(text, topics.stream().sorted().map(CLASSES::get).toList());
		}
		return documents;
	}

	/** Writes the documents as a CSV file with a header and one column, {@code text}. */
	public static void writeCsv(Path file, Iterable<String> texts) throws IOException {
		StringBuilder csv = new StringBuilder("text\n");
		for (String text : texts) {
			csv.append(text).append('\n');
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	private static String document(List<Integer> topics, Random random, boolean multiLabel) {
		int words = 12 + random.nextInt(19);
		String[] text = new String[words];
		int[] source = new int[words];
		for (int w = 0; w < words; w++) {
			double roll = random.nextDouble();
			double topical = topics.size() == 1 ? 0.25 : 0.34;
			if (roll < topical) {
				source[w] = topics.get(random.nextInt(topics.size()));
			} else if (roll < topical + 1.0 / 20) {
				source[w] = random.nextInt(TOPICS.length);
			} else {
				source[w] = COMMON_SOURCE;
			}
			String[] vocabulary = source[w] == COMMON_SOURCE ? COMMON : TOPICS[source[w]];
			String word = vocabulary[random.nextInt(vocabulary.length)];
			text[w] = random.nextInt(20) == 0 ? typo(word, random) : word;
		}
		if (multiLabel) {
			for (int topic : topics) {
				evidence(topic, topics, text, source, random);
			}
		}
		return String.join(" ", text);
	}

	/**
	 * Gives a topic of a multi-label document {@link #EVIDENCE} words of its own at least, in place of common words:
	 * left to chance, a second topic sometimes got no word or one, as a stray word of another topic does, and no
	 * reader could have told that the document is on it.
	 */
	private static void evidence(int topic, List<Integer> topics, String[] text, int[] source, Random random) {
		for (long missing = EVIDENCE - count(source, topic); missing > 0; missing--) {
			List<Integer> free = new ArrayList<>();
			for (int w = 0; w < text.length; w++) {
				if (!topics.contains(source[w]) || source[w] != topic && count(source, source[w]) > EVIDENCE) {
					free.add(w);
				}
			}
			int at = free.get(random.nextInt(free.size()));
			source[at] = topic;
			text[at] = TOPICS[topic][random.nextInt(TOPICS[topic].length)];
		}
	}

	private static long count(int[] source, int topic) {
		return java.util.Arrays.stream(source).filter(s -> s == topic).count();
	}

	private static String typo(String word, Random random) {
		if (word.length() < 3) {
			return word;
		}
		int at = random.nextInt(word.length() - 1);
		char[] letters = word.toCharArray();
		char t = letters[at];
		letters[at] = letters[at + 1];
		letters[at + 1] = t;
		return new String(letters);
	}
}
