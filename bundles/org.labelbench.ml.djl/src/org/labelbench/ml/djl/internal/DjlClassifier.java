package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import org.labelbench.ml.ImageBatch;
import org.labelbench.ml.ImageClassifier;

/** A classifier of {@link Networks#classifier(int)} in a DJL model. Every public method switches the class loader. */
final class DjlClassifier implements ImageClassifier {

	private static final String NAME = "classifier";
	/** the value of the property {@code network} for {@link Networks#classifier(int)} */
	static final String CNN = "cnn";
	private static final int BATCH = 256;

	private final Model model;
	private final SequentialBlock net;
	private final List<String> classes;
	private final int size;
	private final boolean anyOrientation;
	private final String network;
	private final int embedding;

	DjlClassifier(Model model, SequentialBlock net, List<String> classes, int size, boolean anyOrientation,
			String network, int embedding) {
		this.model = model;
		this.net = net;
		this.classes = List.copyOf(classes);
		this.size = size;
		this.anyOrientation = anyOrientation;
		this.network = network;
		this.embedding = embedding;
	}

	static DjlClassifier load(Path directory, Device device) throws IOException {
		Properties properties = SavedModels.settings(directory, NAME);
		List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
		int size = Integer.parseInt(properties.getProperty("size", "0"));
		String network = properties.getProperty("network", CNN);
		Model model = Model.newInstance(NAME, device, DjlRuntime.ENGINE);
		SequentialBlock net = Backbones.NETWORK.equals(network) ? Backbones.empty(model, classes.size())
				: Networks.classifier(classes.size());
		model.setBlock(net);
		SavedModels.load(model, directory, NAME, "classifier");
		return new DjlClassifier(model, net, classes, size,
				Boolean.parseBoolean(properties.getProperty("anyOrientation")), network,
				Integer.parseInt(properties.getProperty("embedding", Integer.toString(Networks.EMBEDDING))));
	}

	@Override
	public List<String> classes() {
		return classes;
	}

	@Override
	public int inputSize() {
		return size;
	}

	@Override
	public String device() {
		return DjlRuntime.call(() -> model.getNDManager().getDevice().toString());
	}

	@Override
	public float[] probabilities(ImageBatch batch) {
		return DjlRuntime.call(() -> forward(batch, false));
	}

	@Override
	public float[] embeddings(ImageBatch batch) {
		return DjlRuntime.call(() -> forward(batch, true));
	}

	@Override
	public int embeddingSize() {
		return embedding;
	}

	@Override
	public void save(Path directory) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classes));
		properties.setProperty("size", Integer.toString(size));
		properties.setProperty("anyOrientation", Boolean.toString(anyOrientation));
		properties.setProperty("network", network);
		properties.setProperty("embedding", Integer.toString(embedding));
		SavedModels.save(model, directory, NAME, properties, "image classifier");
	}

	@Override
	public void close() {
		SavedModels.close(model);
	}

	/**
	 * The mean probabilities of the views training showed as often as the image itself: its mirror image, or for
	 * images without up or down its quarter turns. Steadier confidences make better thresholds.
	 */
	private NDArray votes(List<Block> layers, int upTo, ParameterStore parameters, NDArray input, NDArray logits) {
		NDArray sum = logits.softmax(1);
		if (anyOrientation) {
			for (int turns = 1; turns < 4; turns++) {
				sum = sum.add(run(layers, upTo, parameters, input.rotate90(turns, new int[] { 2, 3 })).softmax(1));
			}
			return sum.div(4);
		}
		return sum.add(run(layers, upTo, parameters, input.flip(3)).softmax(1)).div(2);
	}

	private static NDArray run(List<Block> layers, int upTo, ParameterStore parameters, NDArray input) {
		NDList current = new NDList(input);
		for (int i = 0; i < upTo; i++) {
			current = layers.get(i).forward(parameters, current, false);
		}
		return current.singletonOrThrow();
	}

	/** Runs the network in inference mode, batch by batch; the embedding stops before the last layer. */
	private float[] forward(ImageBatch batch, boolean embedding) {
		if (batch.size() != size) {
			throw new IllegalArgumentException("the classifier takes " + size + "x" + size + " images, not "
					+ batch.size() + "x" + batch.size());
		}
		int width = embedding ? this.embedding : classes.size();
		float[] out = new float[batch.count() * width];
		int stride = ImageBatch.stride(size);
		List<Block> layers = net.getChildren().values();
		int upTo = embedding ? layers.size() - 1 : layers.size();
		for (int from = 0; from < batch.count(); from += BATCH) {
			int n = Math.min(BATCH, batch.count() - from);
			try (NDManager manager = model.getNDManager().newSubManager()) {
				ParameterStore parameters = new ParameterStore(manager, false);
				NDArray input = manager.create(FloatBuffer.wrap(batch.pixels(), from * stride, n * stride).slice(),
						new Shape(n, 3, size, size));
				NDArray result = run(layers, upTo, parameters, input);
				if (!embedding) {
					result = votes(layers, upTo, parameters, input, result);
				}
				System.arraycopy(result.toFloatArray(), 0, out, from * width, n * width);
			}
		}
		return out;
	}
}
