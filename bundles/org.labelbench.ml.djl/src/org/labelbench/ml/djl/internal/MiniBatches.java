package org.labelbench.ml.djl.internal;

import java.util.Random;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;

/** What the trainings of every kind of model share: the order of the mini-batches and one step on a batch. */
final class MiniBatches {

	private MiniBatches() {
	}

	/** Puts {@code order} in a random order (Fisher-Yates), so that every epoch sees other batches. */
	static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
	}

	/** One optimizer step: the trainer's loss of its prediction for {@code input} against {@code truth}. */
	static void step(Trainer trainer, NDArray input, NDList truth) {
		try (GradientCollector collector = trainer.newGradientCollector()) {
			NDList predicted = trainer.forward(new NDList(input));
			collector.backward(trainer.getLoss().evaluate(truth, predicted));
		}
		trainer.step();
	}
}
