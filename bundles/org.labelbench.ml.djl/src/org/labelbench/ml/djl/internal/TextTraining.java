package org.labelbench.ml.djl.internal;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.ml.Calibration;
import org.labelbench.ml.TextBatch;
import org.labelbench.ml.TrainingSettings;

/**
 * Trains {@link TextNetworks#classifier(int, boolean)} with Adam and a cosine learning rate on shuffled mini-batches:
 * softmax cross-entropy for single-label texts, a sigmoid per class with binary cross-entropy for multi-label ones.
 * Multi-label training also joins two training texts into one now and then, with the classes of both: most labeled
 * texts have one class, and without such pairs the classifier learns that a text strongly on one class is on no
 * other. Runs inside {@link DjlRuntime#call}.
 */
final class TextTraining {

	private static final float LEARNING_RATE = 0.005f;
	/** how often a multi-label training text is joined with another one */
	private static final float PAIRED = 0.3f;
	private static final float WEIGHT_DECAY = 1e-4f;

	private TextTraining() {
	}

	static DjlTextClassifier train(TextBatch texts, float[] targets, List<String> classes, boolean multiLabel,
			TrainingSettings settings, IProgressMonitor monitor) {
		int epochs = settings.epochsFor(texts.count());
		SubMonitor progress = SubMonitor.convert(monitor, epochs);
		Djl.threads(settings.threads());
		Djl.engine().setRandomSeed((int) settings.seed());
		Device device = Djl.device(settings.device());
		int batch = Math.min(settings.batchSize(), texts.count());
		int steps = texts.count() / batch;
		int k = classes.size();
		SequentialBlock net = TextNetworks.classifier(k, multiLabel);
		Model model = Model.newInstance(DjlTextClassifier.NAME, device, DjlRuntime.ENGINE);
		model.setBlock(net);
		Loss loss = multiLabel ? Loss.sigmoidBinaryCrossEntropyLoss() : Loss.softmaxCrossEntropyLoss();
		DefaultTrainingConfig config = new DefaultTrainingConfig(loss)
				.optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.cosine().setBaseValue(LEARNING_RATE)
						.optFinalValue(LEARNING_RATE / 30).setMaxUpdates(Math.max(1, epochs * steps)).build())
						.optWeightDecays(WEIGHT_DECAY).build())
				.optDevices(new Device[] { device });
		boolean done = false;
		try (Trainer trainer = model.newTrainer(config)) {
			int dimension = texts.dimension();
			trainer.initialize(new Shape(batch, dimension));
			Random random = new Random(settings.seed());
			int[] order = java.util.stream.IntStream.range(0, texts.count()).toArray();
			float[] x = new float[batch * dimension];
			float[] y = new float[multiLabel ? batch * k : batch];
			float[] other = new float[dimension];
			for (int epoch = 1; epoch <= epochs; epoch++) {
				MiniBatches.shuffle(order, random);
				progress.subTask("epoch " + epoch + " of " + epochs);
				for (int step = 0; step < steps; step++) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					for (int j = 0; j < batch; j++) {
						int item = order[step * batch + j];
						texts.dense(item, x, j * dimension);
						if (multiLabel) {
							System.arraycopy(targets, item * k, y, j * k, k);
							if (random.nextFloat() < PAIRED) {
								join(texts, targets, random.nextInt(texts.count()), other, x, y, j, k);
							}
						} else {
							y[j] = Calibration.argmax(targets, item * k, k);
						}
					}
					step(trainer, x, y, new Shape(batch, dimension), multiLabel ? new Shape(batch, k) : new Shape(batch));
				}
				progress.worked(1);
			}
			done = true;
			return new DjlTextClassifier(model, net, classes, multiLabel, dimension);
		} finally {
			if (!done) {
				model.close();
			}
		}
	}

	/** Adds text {@code item}'s features and classes to those of row {@code j}: the two texts as one. */
	private static void join(TextBatch texts, float[] targets, int item, float[] scratch, float[] x, float[] y, int j,
			int k) {
		int dimension = texts.dimension();
		texts.dense(item, scratch, 0);
		for (int d = 0; d < dimension; d++) {
			x[j * dimension + d] += scratch[d];
		}
		for (int c = 0; c < k; c++) {
			y[j * k + c] = Math.max(y[j * k + c], targets[item * k + c]);
		}
	}

	private static void step(Trainer trainer, float[] x, float[] y, Shape inputShape, Shape truthShape) {
		try (NDManager manager = trainer.getManager().newSubManager()) {
			NDArray input = manager.create(FloatBuffer.wrap(x), inputShape);
			NDArray truth = manager.create(FloatBuffer.wrap(y), truthShape);
			MiniBatches.step(trainer, input, new NDList(truth));
		}
	}
}
