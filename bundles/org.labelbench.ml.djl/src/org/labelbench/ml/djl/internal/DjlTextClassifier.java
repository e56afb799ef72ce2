package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
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
import org.labelbench.ml.TextBatch;
import org.labelbench.ml.TextClassifier;

/**
 * A text classifier of {@link TextNetworks#classifier(int, boolean)} in a DJL model. Every public method switches the
 * loader.
 */
final class DjlTextClassifier implements TextClassifier {

	static final String NAME = "text-classifier";
	private static final int BATCH = 256;

	private final Model model;
	private final SequentialBlock net;
	private final List<String> classes;
	private final boolean multiLabel;
	private final int dimension;

	DjlTextClassifier(Model model, SequentialBlock net, List<String> classes, boolean multiLabel, int dimension) {
		this.model = model;
		this.net = net;
		this.classes = List.copyOf(classes);
		this.multiLabel = multiLabel;
		this.dimension = dimension;
	}

	static DjlTextClassifier load(Path directory, Device device) throws IOException {
		Path file = directory.resolve(NAME + ".properties");
		if (!Files.isRegularFile(file)) {
			throw new IOException("no text classifier in " + directory);
		}
		Properties properties = SavedModels.settings(directory, NAME);
		List<String> classes = List.of(properties.getProperty("classes", "").split("\n"));
		boolean multiLabel = Boolean.parseBoolean(properties.getProperty("multiLabel"));
		SequentialBlock net = TextNetworks.classifier(classes.size(), multiLabel);
		Model model = Model.newInstance(NAME, device, DjlRuntime.ENGINE);
		model.setBlock(net);
		SavedModels.load(model, directory, NAME, "text classifier");
		return new DjlTextClassifier(model, net, classes, multiLabel,
				Integer.parseInt(properties.getProperty("dimension", "0")));
	}

	@Override
	public List<String> classes() {
		return classes;
	}

	@Override
	public boolean multiLabel() {
		return multiLabel;
	}

	@Override
	public String device() {
		return DjlRuntime.call(() -> model.getNDManager().getDevice().toString());
	}

	@Override
	public int embeddingSize() {
		return TextNetworks.EMBEDDING;
	}

	@Override
	public float[] probabilities(TextBatch batch) {
		return DjlRuntime.call(() -> forward(batch, false));
	}

	@Override
	public float[] embeddings(TextBatch batch) {
		return DjlRuntime.call(() -> forward(batch, true));
	}

	@Override
	public void save(Path directory) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("classes", String.join("\n", classes));
		properties.setProperty("multiLabel", Boolean.toString(multiLabel));
		properties.setProperty("dimension", Integer.toString(dimension));
		SavedModels.save(model, directory, NAME, properties, "text classifier");
	}

	@Override
	public void close() {
		SavedModels.close(model);
	}

	/** Runs the network in inference mode, batch by batch; the embedding stops before the last layer. */
	private float[] forward(TextBatch batch, boolean embedding) {
		if (batch.dimension() != dimension) {
			throw new IllegalArgumentException("the classifier takes " + dimension + " features, not "
					+ batch.dimension());
		}
		int width = embedding ? TextNetworks.EMBEDDING : classes.size();
		float[] out = new float[batch.count() * width];
		List<Block> layers = net.getChildren().values();
		int upTo = embedding ? layers.size() - 1 : layers.size();
		float[] x = new float[Math.min(BATCH, Math.max(1, batch.count())) * dimension];
		for (int from = 0; from < batch.count(); from += BATCH) {
			int n = Math.min(BATCH, batch.count() - from);
			for (int j = 0; j < n; j++) {
				batch.dense(from + j, x, j * dimension);
			}
			try (NDManager manager = model.getNDManager().newSubManager()) {
				ParameterStore parameters = new ParameterStore(manager, false);
				NDList current = new NDList(manager.create(FloatBuffer.wrap(x, 0, n * dimension).slice(),
						new Shape(n, dimension)));
				for (int i = 0; i < upTo; i++) {
					current = layers.get(i).forward(parameters, current, false);
				}
				NDArray result = current.singletonOrThrow();
				if (!embedding) {
					result = multiLabel ? ai.djl.nn.Activation.sigmoid(result) : result.softmax(1);
				}
				System.arraycopy(result.toFloatArray(), 0, out, from * width, n * width);
			}
		}
		return out;
	}
}
