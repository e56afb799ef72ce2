package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
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
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.TrainingSettings;

/**
 * Trains {@link Networks#classifier(int)} from scratch, or fine-tunes a TorchScript backbone with a new head
 * ({@link Backbones}), with Adam and a cosine learning rate, on shuffled mini-batches
 * augmented by {@link Augment} (a few hundred labels go further when the network never sees the same picture twice).
 * Runs inside {@link DjlRuntime#call}.
 */
final class Training {

	private static final float LEARNING_RATE = 0.003f;
	private static final float WEIGHT_DECAY = 1e-4f;
	/** the most pixels an image is shifted by in each direction */
	private static final int SHIFT = 6;

	private Training() {
	}

	/**
	 * @param backbone a TorchScript file to fine-tune, or null for the small network from scratch
	 * @throws IOException when the backbone cannot be loaded, with the reason
	 */
	static DjlClassifier train(ImageBatch images, int[] labels, List<String> classes, TrainingSettings settings,
			Path backbone, IProgressMonitor monitor) throws IOException {
		int epochs = settings.epochsFor(images.count());
		SubMonitor progress = SubMonitor.convert(monitor, epochs);
		Djl.threads(settings.threads());
		Djl.engine().setRandomSeed((int) settings.seed());
		Device device = Djl.device(settings.device());
		int batch = Math.min(settings.batchSize(), images.count());
		int steps = images.count() / batch;
		Model model = Model.newInstance("classifier", device, DjlRuntime.ENGINE);
		SequentialBlock net;
		int embedding;
		if (backbone == null) {
			net = Networks.classifier(classes.size());
			embedding = Networks.EMBEDDING;
		} else {
			try {
				Backbones.Network network = Backbones.fineTunable(model, backbone, classes.size(), images.size());
				net = network.net();
				embedding = network.embedding();
			} catch (IOException | RuntimeException e) {
				model.close();
				throw e;
			}
		}
		model.setBlock(net);
		DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
				.optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.cosine().setBaseValue(LEARNING_RATE)
						.optFinalValue(LEARNING_RATE / 30).setMaxUpdates(Math.max(1, epochs * steps))
						.build()).optWeightDecays(WEIGHT_DECAY).build())
				.optDevices(new Device[] { device });
		boolean done = false;
		try (Trainer trainer = model.newTrainer(config)) {
			int size = images.size();
			trainer.initialize(new Shape(batch, 3, size, size));
			Random random = new Random(settings.seed());
			int[] order = java.util.stream.IntStream.range(0, images.count()).toArray();
			float[] x = new float[batch * ImageBatch.stride(size)];
			float[] y = new float[batch];
			for (int epoch = 1; epoch <= epochs; epoch++) {
				MiniBatches.shuffle(order, random);
				progress.subTask("epoch " + epoch + " of " + epochs);
				for (int step = 0; step < steps; step++) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					for (int j = 0; j < batch; j++) {
						Augment.copy(images.pixels(), order[step * batch + j], x, j, size, random, SHIFT,
								settings.anyOrientation());
						y[j] = labels[order[step * batch + j]];
					}
					step(trainer, x, y, batch, size);
				}
				progress.worked(1);
			}
			done = true;
			return new DjlClassifier(model, net, classes, size, settings.anyOrientation(),
					backbone == null ? DjlClassifier.CNN : Backbones.NETWORK, embedding);
		} finally {
			if (!done) {
				model.close();
			}
		}
	}

	private static void step(Trainer trainer, float[] x, float[] y, int batch, int size) {
		try (NDManager manager = trainer.getManager().newSubManager()) {
			NDArray input = manager.create(FloatBuffer.wrap(x), new Shape(batch, 3, size, size));
			NDArray truth = manager.create(y);
			MiniBatches.step(trainer, input, new NDList(truth));
		}
	}
}
