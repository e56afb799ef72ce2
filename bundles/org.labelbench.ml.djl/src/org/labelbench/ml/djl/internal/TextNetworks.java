package org.labelbench.ml.djl.internal;

import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

/** The text classifier: an embedding bag of hashed n-grams with a small fully connected head. */
final class TextNetworks {

	/** the size of a text's embedding: the bag's output after its non-linearity */
	static final int EMBEDDING = 64;
	private static final float DROPOUT = 0.3f;

	private TextNetworks() {
	}

	/**
	 * A fully connected layer on the texts' unit-length feature vectors (the weighted mean of the n-grams' embeddings:
	 * an embedding bag), ReLU, dropout while training, and the fully connected class layer last.
	 */
	static SequentialBlock classifier(int classes) {
		SequentialBlock net = new SequentialBlock();
		net.add(Linear.builder().setUnits(EMBEDDING).build());
		net.add(Activation.reluBlock());
		net.add(Dropout.builder().optRate(DROPOUT).build());
		net.add(Linear.builder().setUnits(classes).build());
		return net;
	}
}
