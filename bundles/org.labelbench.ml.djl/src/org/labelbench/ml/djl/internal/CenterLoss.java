package org.labelbench.ml.djl.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.training.loss.Loss;

/**
 * The detector's loss, as CenterNet's: a focal loss on the class heat maps (centre cells pulled to 1, the others to 0,
 * those near a centre less so, easy cells counting little), plus L1 losses on the boxes' sizes and centre offsets at
 * the centre cells; all divided by the number of objects. Labels: heat, box and mask of {@link CenterTargets}.
 */
final class CenterLoss extends Loss {

	/** sizes are fractions of the image: their errors are small numbers, weighed up to count as much as the heat */
	private static final float SIZE_WEIGHT = 5f;
	private static final float OFFSET_WEIGHT = 1f;

	private final int classes;

	CenterLoss(int classes) {
		super("center");
		this.classes = classes;
	}

	@Override
	public NDArray evaluate(NDList labels, NDList predictions) {
		NDArray heat = labels.get(0);
		NDArray box = labels.get(1);
		NDArray mask = labels.get(2);
		NDList parts = predictions.singletonOrThrow().split(new long[] { classes, classes + 2 }, 1);
		NDArray logits = parts.get(0);
		NDArray p = Activation.sigmoid(logits);
		NDArray centre = heat.eq(1f).toType(DataType.FLOAT32, false);
		// log p and log (1 - p) from the logits, which stays finite where the sigmoid rounds to 0 or 1
		NDArray logP = Activation.softPlus(logits.neg()).neg();
		NDArray logQ = Activation.softPlus(logits).neg();
		NDArray positive = logP.mul(p.neg().add(1).square()).mul(centre);
		NDArray negative = logQ.mul(p.square()).mul(heat.neg().add(1).pow(4)).mul(centre.neg().add(1));
		NDArray objects = mask.sum().maximum(1f);
		NDArray focal = positive.add(negative).sum().neg();
		NDArray sizes = parts.get(1).sub(box.get(":, 0:2")).abs().mul(mask).sum().mul(SIZE_WEIGHT);
		NDArray offsets = parts.get(2).sub(box.get(":, 2:4")).abs().mul(mask).sum().mul(OFFSET_WEIGHT);
		return focal.add(sizes).add(offsets).div(objects);
	}
}
