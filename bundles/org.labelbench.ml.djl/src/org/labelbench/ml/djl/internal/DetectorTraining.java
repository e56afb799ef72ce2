package org.labelbench.ml.djl.internal;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Random;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.labelbench.ml.Detection;
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.TrainingSettings;

/**
 * Trains {@link DetectorNetwork} from scratch with Adam and a cosine learning rate on shuffled mini-batches, mirrored
 * at random with their boxes ({@link BoxAugment}). Runs inside {@link DjlRuntime#call}.
 */
final class DetectorTraining {

	/** how many images a training goes through at most, all epochs together, to bound its time */
	static final int IMAGE_BUDGET = 18_000;
	private static final int MIN_EPOCHS = 5;
	private static final float LEARNING_RATE = 0.002f;
	private static final float WEIGHT_DECAY = 1e-4f;
	/** a few hard images early on give large gradients: clipped, they cannot throw the weights off */
	private static final float CLIP_GRADIENT = 5f;
	/** the heat logits start at a 10 % score, as CenterNet's: otherwise the many empty cells swamp the first steps */
	private static final float HEAT_PRIOR = -2.19f;

	private DetectorTraining() {
	}

	static int epochs(TrainingSettings settings, int images) {
		int budgeted = (int) Math.ceil((double) IMAGE_BUDGET / Math.max(1, images));
		return Math.max(Math.min(MIN_EPOCHS, settings.epochs()), Math.min(settings.epochs(), budgeted));
	}

	static DjlDetector train(ImageBatch images, List<List<Detection>> boxes, List<String> classes,
			TrainingSettings settings, IProgressMonitor monitor) {
		int epochs = epochs(settings, images.count());
		SubMonitor progress = SubMonitor.convert(monitor, epochs);
		Djl.threads(settings.threads());
		Djl.engine().setRandomSeed((int) settings.seed());
		Device device = Djl.device(settings.device());
		int batch = Math.min(settings.batchSize(), images.count());
		int steps = images.count() / batch;
		int size = images.size();
		int grid = size / DetectorNetwork.STRIDE;
		SequentialBlock net = DetectorNetwork.detector(classes.size());
		Model model = Model.newInstance("detector", device, DjlRuntime.ENGINE);
		model.setBlock(net);
		DefaultTrainingConfig config = new DefaultTrainingConfig(new CenterLoss(classes.size()))
				.optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.cosine().setBaseValue(LEARNING_RATE)
						.optFinalValue(LEARNING_RATE / 30).setMaxUpdates(Math.max(1, epochs * steps)).build())
						.optWeightDecays(WEIGHT_DECAY).optClipGrad(CLIP_GRADIENT).build())
				.optDevices(new Device[] { device });
		boolean done = false;
		try (Trainer trainer = model.newTrainer(config)) {
			trainer.initialize(new Shape(batch, 3, size, size));
			startHeatAtPrior(net, classes.size());
			Random random = new Random(settings.seed());
			int[] order = java.util.stream.IntStream.range(0, images.count()).toArray();
			float[] x = new float[batch * ImageBatch.stride(size)];
			CenterTargets targets = new CenterTargets(batch, classes.size(), grid);
			for (int epoch = 1; epoch <= epochs; epoch++) {
				MiniBatches.shuffle(order, random);
				progress.subTask("epoch " + epoch + " of " + epochs);
				for (int step = 0; step < steps; step++) {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					targets.clear();
					for (int j = 0; j < batch; j++) {
						int image = order[step * batch + j];
						targets.draw(j, BoxAugment.copy(images.pixels(), image, boxes.get(image), x, j, size, random,
								settings.anyOrientation()));
					}
					step(trainer, x, targets, batch, classes.size(), size, grid);
				}
				progress.worked(1);
			}
			done = true;
			return new DjlDetector(model, net, classes, size);
		} finally {
			if (!done) {
				model.close();
			}
		}
	}

	private static void startHeatAtPrior(SequentialBlock net, int classes) {
		List<Block> layers = net.getChildren().values();
		NDArray bias = layers.get(layers.size() - 1).getParameters().get("bias").getArray();
		bias.set(new NDIndex("0:" + classes), HEAT_PRIOR);
	}

	private static void step(Trainer trainer, float[] x, CenterTargets targets, int batch, int classes, int size,
			int grid) {
		try (NDManager manager = trainer.getManager().newSubManager()) {
			NDArray input = manager.create(FloatBuffer.wrap(x), new Shape(batch, 3, size, size));
			NDList labels = new NDList(
					manager.create(FloatBuffer.wrap(targets.heat), new Shape(batch, classes, grid, grid)),
					manager.create(FloatBuffer.wrap(targets.box),
							new Shape(batch, DetectorNetwork.BOX_CHANNELS, grid, grid)),
					manager.create(FloatBuffer.wrap(targets.mask), new Shape(batch, 1, grid, grid)));
			MiniBatches.step(trainer, input, labels);
		}
	}
}
