package org.labelbench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.labelbench.ml.TrainingSettings;
import org.labelbench.model.ComputeDevice;

/** How long a training runs: bounded by an image budget, so thousands of labels do not take hours. */
class TrainingSettingsTest {

	private final TrainingSettings settings = new TrainingSettings(100, 16, 1, 42, ComputeDevice.CPU, false);

	@Test
	void fewLabelsGetEveryEpochManyLabelsFewer() {
		assertEquals(100, settings.epochsFor(30));
		assertEquals(100, settings.epochsFor(225), "a few hundred labels: the full 100 passes");
		assertEquals(25, settings.epochsFor(1_000));
		assertEquals(5, settings.epochsFor(100_000), "never fewer than 5 passes");
		assertEquals(3, settings.withEpochs(3).epochsFor(100_000), "nor more than asked for");
	}
}
