package org.labelbench.ml.djl.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Networks on a TorchScript backbone the admin supplies: the backbone, loaded offline from its local file with its
 * parameters trainable, its outputs flattened into the embedding, dropout while training, and a new fully connected
 * class layer. The whole network is fine-tuned; saved, the backbone's fine-tuned module goes with the head.
 */
final class Backbones {

	/** the value of the classifier property {@code network} for these networks */
	static final String NETWORK = "torchscript";
	private static final float DROPOUT = 0.3f;

	private Backbones() {
	}

	/** A network on a backbone with its embedding size. */
	record Network(SequentialBlock net, int embedding) {
	}

	/**
	 * @return the backbone of the file with a new head, in the model's memory
	 * @throws IOException when the file is missing, is no TorchScript module, or does not take
	 *         {@code 3 x size x size} images, with the reason
	 */
	static Network fineTunable(Model model, Path file, int classes, int size) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IOException("the backbone file " + file + " does not exist");
		}
		PtSymbolBlock backbone;
		try {
			backbone = JniUtils.loadModule((PtNDManager) model.getNDManager(), file, true, new String[0],
					new String[0], true);
		} catch (RuntimeException e) {
			throw new IOException("the backbone file " + file + " is not a TorchScript module: " + firstLine(e), e);
		}
		int embedding;
		try {
			Shape out = backbone.getOutputShapes(new Shape[] { new Shape(2, 3, size, size) })[0];
			embedding = (int) (out.size() / out.get(0));
		} catch (RuntimeException e) {
			throw new IOException("the backbone " + file + " does not take 3x" + size + "x" + size + " images: "
					+ firstLine(e), e);
		}
		return new Network(head(backbone, classes), embedding);
	}

	/** @return an empty backbone with its head, whose parameters a saved classifier fills in */
	static SequentialBlock empty(Model model, int classes) {
		return head(new PtSymbolBlock((PtNDManager) model.getNDManager()), classes);
	}

	private static SequentialBlock head(PtSymbolBlock backbone, int classes) {
		SequentialBlock net = new SequentialBlock();
		net.add(backbone);
		net.add(Blocks.batchFlattenBlock());
		net.add(Dropout.builder().optRate(DROPOUT).build());
		net.add(Linear.builder().setUnits(classes).build());
		return net;
	}

	private static String firstLine(RuntimeException e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}
