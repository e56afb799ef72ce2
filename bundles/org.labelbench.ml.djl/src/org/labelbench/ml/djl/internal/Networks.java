package org.labelbench.ml.djl.internal;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/** The small convolutional network trained from scratch. */
final class Networks {

	/** outputs of the layer before the last fully connected one: the embedding of an image */
	static final int EMBEDDING = 64;
	/** the share of embedding outputs dropped while training: a few hundred labels overfit easily */
	private static final float DROPOUT = 0.3f;
	private static final int[] FILTERS = { 16, 32, 64, 64 };

	private Networks() {
	}

	/**
	 * Four blocks of 3x3 convolution, batch norm, ReLU and 2x2 max pooling (64 pixels become 4), global average
	 * pooling, a fully connected embedding layer with ReLU (and dropout while training), and the fully connected
	 * class layer last.
	 */
	static SequentialBlock classifier(int classes) {
		SequentialBlock net = new SequentialBlock();
		for (int filters : FILTERS) {
			net.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters)
					.build());
			net.add(BatchNorm.builder().build());
			net.add(Activation.reluBlock());
			net.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
		}
		net.add(Pool.globalAvgPool2dBlock());
		net.add(Blocks.batchFlattenBlock());
		net.add(Linear.builder().setUnits(EMBEDDING).build());
		net.add(Activation.reluBlock());
		net.add(Dropout.builder().optRate(DROPOUT).build());
		net.add(Linear.builder().setUnits(classes).build());
		return net;
	}
}
