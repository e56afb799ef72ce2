package org.labelbench.ml;

import org.labelbench.model.ComputeDevice;

/**
 * How a classifier is trained.
 *
 * @param epochs the most passes over the training images; fewer when there are many ({@link #epochsFor(int)})
 * @param batchSize images per optimizer step
 * @param threads the most CPU threads the engine may use, so that labeling stays responsive while it trains
 * @param seed fixes the initial weights and the order of the images: the same labels give the same model
 * @param device where to compute; {@link ComputeDevice#AUTO} takes a GPU when there is one
 * @param anyOrientation the images have no up or down: besides mirrored, they are shown turned by quarter turns and
 *        flipped upside down, in training and when predicting
 */
public record TrainingSettings(int epochs, int batchSize, int threads, long seed, ComputeDevice device,
		boolean anyOrientation) {

	/** the system property that overrides the default number of threads */
	public static final String THREADS_PROPERTY = "labelbench.ml.threads";

	/** how many images a training goes through at most, all epochs together, to bound its time */
	public static final int IMAGE_BUDGET = 25_000;
	private static final int MIN_EPOCHS = 5;

	/**
	 * @return the settings for a project's classifier: every core but one, at least one (libtorch's threads spin
	 *         while they wait: more threads than free cores make training many times slower, not faster)
	 */
	public static TrainingSettings defaults() {
		int threads = Integer.getInteger(THREADS_PROPERTY,
				Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
		return new TrainingSettings(100, 16, threads, 42, ComputeDevice.AUTO, false);
	}

	/** @return the epochs for a training set: {@link #IMAGE_BUDGET} images in all, 5 to {@link #epochs()} passes */
	public int epochsFor(int images) {
		int budgeted = (int) Math.ceil((double) IMAGE_BUDGET / Math.max(1, images));
		return Math.max(Math.min(MIN_EPOCHS, epochs), Math.min(epochs, budgeted));
	}

	public TrainingSettings withEpochs(int newEpochs) {
		return new TrainingSettings(newEpochs, batchSize, threads, seed, device, anyOrientation);
	}

	/** @return these settings for a project's own choices */
	public TrainingSettings forProject(ComputeDevice newDevice, boolean newAnyOrientation) {
		return new TrainingSettings(epochs, batchSize, threads, seed, newDevice, newAnyOrientation);
	}
}
