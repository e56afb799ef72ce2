package org.labelbench.ml.djl.internal;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

/**
 * The text classifiers: for single-label texts an embedding bag of hashed n-grams with a small fully connected head;
 * for multi-label ones a linear model of the word counts.
 */
final class TextNetworks {

	/** the size of a text's embedding: the bag's output after its non-linearity */
	static final int EMBEDDING = 64;
	private static final float DROPOUT = 0.3f;
	/** the share of a text's words a multi-label classifier does not see in a training step */
	private static final float WORD_DROPOUT = 0.5f;

	private TextNetworks() {
	}

	/**
	 * A fully connected layer on the texts' unit-length feature vectors (the weighted mean of the n-grams' embeddings:
	 * an embedding bag), ReLU, dropout while training, and the fully connected class layer last.
	 */
	static SequentialBlock classifier(int classes, boolean multiLabel) {
		return multiLabel ? multiLabelClassifier(classes) : classifier(classes);
	}

	/**
	 * Hides half of a text's words while training (each class must then be told by all of its words, not by the few
	 * that happened to separate the training texts), then two fully connected layers without a non-linearity between
	 * them: a linear model of the word counts, whose first layer gives the texts' embeddings. Whether a text has a
	 * class adds up the evidence of its words; the classes do not compete.
	 */
	static SequentialBlock multiLabelClassifier(int classes) {
		SequentialBlock net = new SequentialBlock();
		net.add(Dropout.builder().optRate(WORD_DROPOUT).build());
		net.add(Linear.builder().setUnits(EMBEDDING).build());
		net.add(Linear.builder().setUnits(classes).build());
		return net;
	}

	static SequentialBlock classifier(int classes) {
		SequentialBlock net = new SequentialBlock();
		net.add(Linear.builder().setUnits(EMBEDDING).build());
		net.add(Activation.reluBlock());
		net.add(Dropout.builder().optRate(DROPOUT).build());
		net.add(Linear.builder().setUnits(classes).build());
		return net;
	}
}
