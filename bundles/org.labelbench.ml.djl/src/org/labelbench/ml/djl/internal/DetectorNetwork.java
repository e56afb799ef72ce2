package org.labelbench.ml.djl.internal;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;

/**
 * The small object detector trained from scratch, CenterNet style: a fully convolutional network whose output, a grid
 * of {@link #STRIDE} times fewer cells than the image has pixels, gives at each cell a score per class that an
 * object's centre lies in it (logits), the object's width and height in fractions of the image,
 * and where in the cell its centre lies. No anchors, no box matching while training: the targets are drawn straight
 * from the boxes ({@link CenterTargets}).
 */
final class DetectorNetwork {

	/** image pixels per grid cell, each way */
	static final int STRIDE = 4;
	/** besides the class scores: width, height, x offset and y offset of the box centred in a cell */
	static final int BOX_CHANNELS = 4;

	private DetectorNetwork() {
	}

	/**
	 * A 3x3 convolution of stride 2 (16 filters), a 3x3 convolution (32) and 2x2 max pooling, which bring the image to
	 * the grid's size; three 3x3 convolutions of 64 filters there (the middle one dilated, so that a cell sees the
	 * whole of a large object), each with batch norm and ReLU; and a 1x1 convolution giving the {@code classes + 4}
	 * outputs of each cell.
	 */
	static SequentialBlock detector(int classes) {
		SequentialBlock net = new SequentialBlock();
		conv(net, 16, 2, 1);
		conv(net, 32, 1, 1);
		net.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
		conv(net, 64, 1, 1);
		conv(net, 64, 1, 2);
		conv(net, 64, 1, 1);
		net.add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(classes + BOX_CHANNELS).build());
		return net;
	}

	private static void conv(SequentialBlock net, int filters, int stride, int dilation) {
		net.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(dilation, dilation))
				.optStride(new Shape(stride, stride)).optDilation(new Shape(dilation, dilation)).setFilters(filters)
				.build());
		net.add(BatchNorm.builder().build());
		net.add(Activation.reluBlock());
	}
}
